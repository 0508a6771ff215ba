package de.lotse.inventory;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.util.UUID;
import org.hibernate.annotations.TenantId;
import org.hibernate.envers.Audited;

/** A project of the portfolio that introduces or replaces an application of the municipality. */
@Entity
@Audited
class ApplicationProject {

    @Id
    private UUID id;

    @TenantId
    private UUID tenantId;

    private UUID applicationId;

    private UUID projectId;

    @Enumerated(EnumType.STRING)
    private ProjectLinkKind kind;

    private boolean retireOnOperation;

    protected ApplicationProject() {}

    ApplicationProject(ApplicationId application, UUID projectId, ProjectLinkKind kind, boolean retireOnOperation) {
        this.id = UUID.randomUUID();
        this.applicationId = application.value();
        this.projectId = projectId;
        change(kind, retireOnOperation);
    }

    /** Whether this changed anything. */
    boolean change(ProjectLinkKind kind, boolean retireOnOperation) {
        boolean retires = kind == ProjectLinkKind.REPLACES && retireOnOperation;
        boolean changed = this.kind != kind || this.retireOnOperation != retires;
        this.kind = kind;
        this.retireOnOperation = retires;
        return changed;
    }

    ApplicationId applicationId() {
        return new ApplicationId(applicationId);
    }

    UUID projectId() {
        return projectId;
    }

    ProjectLinkKind kind() {
        return kind;
    }

    boolean retireOnOperation() {
        return retireOnOperation;
    }
}
