package de.lotse.servicecatalog;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.UUID;
import org.hibernate.annotations.TenantId;
import org.hibernate.envers.Audited;

/** Which maturity model a municipality records its services in; without one it records in 1.x. */
@Entity
@Audited
@Table(name = "service_maturity_model")
class MaturityModelChoice {

    @Id
    private UUID id;

    @TenantId
    private UUID tenantId;

    @Version
    private Long version;

    @Enumerated(EnumType.STRING)
    private MaturityModel model;

    protected MaturityModelChoice() {}

    MaturityModelChoice(MaturityModel model) {
        this.id = UUID.randomUUID();
        this.model = model;
    }

    MaturityModel model() {
        return model;
    }

    void choose(MaturityModel model) {
        this.model = model;
    }

    long version() {
        return version == null ? 0 : version;
    }
}
