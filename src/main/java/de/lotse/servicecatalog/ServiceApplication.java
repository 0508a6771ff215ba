package de.lotse.servicecatalog;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.util.UUID;
import org.hibernate.annotations.TenantId;
import org.hibernate.envers.Audited;

/** An application of the inventory that supports a service of the municipality. */
@Entity
@Audited
class ServiceApplication {

    @Id
    private UUID id;

    @TenantId
    private UUID tenantId;

    private int serviceId;

    private UUID applicationId;

    protected ServiceApplication() {}

    ServiceApplication(int serviceId, UUID applicationId) {
        this.id = UUID.randomUUID();
        this.serviceId = serviceId;
        this.applicationId = applicationId;
    }
}
