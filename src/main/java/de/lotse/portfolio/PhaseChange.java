package de.lotse.portfolio;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** One entry of a project's phase history: who moved it from which phase to which, when and why. */
@Entity
@Table(name = "project_phase_change")
public class PhaseChange {

    @Id
    private UUID id;

    @TenantId
    private UUID tenantId;

    @Embedded
    @AttributeOverride(name = "value", column = @Column(name = "project_id"))
    private ProjectId project;

    private LocalDate changedOn;

    private Instant changedAt;

    private String changedBy;

    @Enumerated(EnumType.STRING)
    private ProjectPhase fromPhase;

    @Enumerated(EnumType.STRING)
    private ProjectPhase toPhase;

    private String note;

    protected PhaseChange() {}

    PhaseChange(
            ProjectId project,
            LocalDate changedOn,
            Instant changedAt,
            String changedBy,
            ProjectPhase fromPhase,
            ProjectPhase toPhase,
            String note) {
        this.id = UUID.randomUUID();
        this.project = project;
        this.changedOn = changedOn;
        this.changedAt = changedAt;
        this.changedBy = changedBy;
        this.fromPhase = fromPhase;
        this.toPhase = toPhase;
        this.note = note;
    }

    public ProjectId project() {
        return project;
    }

    public LocalDate changedOn() {
        return changedOn;
    }

    public Instant changedAt() {
        return changedAt;
    }

    public String changedBy() {
        return changedBy;
    }

    /** The phase before; {@code null} for the entry that records the project's creation. */
    public ProjectPhase fromPhase() {
        return fromPhase;
    }

    public ProjectPhase toPhase() {
        return toPhase;
    }

    public String note() {
        return note;
    }
}
