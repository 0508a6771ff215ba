package de.lotse.servicecatalog;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.util.UUID;
import org.hibernate.annotations.TenantId;
import org.hibernate.envers.Audited;

/** A project of the portfolio that brings a service of the municipality online. */
@Entity
@Audited
class ServiceProject {

    @Id
    private UUID id;

    @TenantId
    private UUID tenantId;

    private int serviceId;

    private UUID projectId;

    protected ServiceProject() {}

    ServiceProject(int serviceId, UUID projectId) {
        this.id = UUID.randomUUID();
        this.serviceId = serviceId;
        this.projectId = projectId;
    }
}
