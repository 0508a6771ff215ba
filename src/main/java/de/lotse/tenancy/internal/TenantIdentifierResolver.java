package de.lotse.tenancy.internal;

import de.lotse.tenancy.CurrentTenant;
import de.lotse.tenancy.MunicipalityId;
import java.util.UUID;
import org.hibernate.context.spi.CurrentTenantIdentifierResolver;

/** Tells Hibernate the current municipality; without one, a tenant that owns no rows. */
class TenantIdentifierResolver implements CurrentTenantIdentifierResolver<UUID> {

    static final UUID NO_TENANT = new UUID(0, 0);

    @Override
    public UUID resolveCurrentTenantIdentifier() {
        return CurrentTenant.get().map(MunicipalityId::value).orElse(NO_TENANT);
    }

    @Override
    public boolean validateExistingCurrentSessions() {
        return false;
    }
}
