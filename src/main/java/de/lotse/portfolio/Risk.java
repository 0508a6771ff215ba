package de.lotse.portfolio;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.util.UUID;
import org.hibernate.annotations.TenantId;
import org.hibernate.envers.Audited;

/** A risk of a project, with its probability, impact, mitigation and owner. */
@Entity
@Audited
public class Risk {

    @Id
    private UUID id;

    @TenantId
    private UUID tenantId;

    @Version
    private Long version;

    @Embedded
    @AttributeOverride(name = "value", column = @Column(name = "project_id"))
    private ProjectId project;

    private String title;

    @Enumerated(EnumType.STRING)
    private RiskLevel probability;

    @Enumerated(EnumType.STRING)
    private RiskLevel impact;

    private String mitigation;

    private String owner;

    private boolean open;

    protected Risk() {}

    Risk(ProjectId project, RiskData data) {
        this.id = UUID.randomUUID();
        this.project = project;
        apply(data);
    }

    final void apply(RiskData data) {
        this.title = data.title().strip();
        this.probability = data.probability();
        this.impact = data.impact();
        this.mitigation = blankToNull(data.mitigation());
        this.owner = blankToNull(data.owner());
        this.open = data.open();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public UUID id() {
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

    public RiskLevel probability() {
        return probability;
    }

    public RiskLevel impact() {
        return impact;
    }

    public String mitigation() {
        return mitigation;
    }

    public String owner() {
        return owner;
    }

    public boolean open() {
        return open;
    }

    public RiskData data() {
        return new RiskData(title, probability, impact, mitigation, owner, open);
    }
}
