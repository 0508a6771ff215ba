package de.lotse.portfolio.qualification;

import de.lotse.portfolio.ProjectId;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.TenantId;
import org.hibernate.envers.Audited;

/** A training of a project's future users, with its participants and the responsible digital pilot. */
@Entity
@Audited
public class QualificationMeasure {

    @EmbeddedId
    @AttributeOverride(name = "value", column = @Column(name = "id"))
    private QualificationMeasureId id;

    @TenantId
    private UUID tenantId;

    @Version
    private Long version;

    @Embedded
    @AttributeOverride(name = "value", column = @Column(name = "project_id"))
    private ProjectId project;

    private String title;

    private String audience;

    private LocalDate heldOn;

    private Integer participantsPlanned;

    private Integer participantsActual;

    private UUID pilotId;

    private String note;

    protected QualificationMeasure() {}

    QualificationMeasure(ProjectId project, QualificationMeasureData data) {
        this.id = QualificationMeasureId.random();
        this.project = project;
        apply(data);
    }

    final void apply(QualificationMeasureData data) {
        QualificationMeasureData normalised = data.normalised();
        this.title = normalised.title();
        this.audience = normalised.audience();
        this.heldOn = normalised.heldOn();
        this.participantsPlanned = normalised.participantsPlanned();
        this.participantsActual = normalised.participantsActual();
        this.pilotId = normalised.pilotId();
        this.note = normalised.note();
    }

    public QualificationMeasureId id() {
        return id;
    }

    public long version() {
        return version == null ? 0 : version;
    }

    public ProjectId project() {
        return project;
    }

    public String title() {
        return title;
    }

    public String audience() {
        return audience;
    }

    public LocalDate heldOn() {
        return heldOn;
    }

    public Integer participantsPlanned() {
        return participantsPlanned;
    }

    public Integer participantsActual() {
        return participantsActual;
    }

    public UUID pilotId() {
        return pilotId;
    }

    public String note() {
        return note;
    }

    /** What a person can set, as it is now. */
    public QualificationMeasureData data() {
        return new QualificationMeasureData(
                title, audience, heldOn, participantsPlanned, participantsActual, pilotId, note);
    }
}
