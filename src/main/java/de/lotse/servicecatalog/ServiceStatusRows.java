package de.lotse.servicecatalog;

import de.lotse.tenancy.CurrentTenant;
import de.lotse.tenancy.MunicipalityPreparation;
import de.lotse.tenancy.MunicipalityPreparations;
import java.util.UUID;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Makes a municipality's service list: one row per keyed service of the current catalogue, in one
 * statement, when the municipality is created, when a catalogue is applied (for every
 * municipality, after the catalogue is committed) and at start for databases from before. Reading
 * the list never writes.
 */
@Component
class ServiceStatusRows implements MunicipalityPreparation {

    private final JdbcClient jdbc;
    private final MunicipalityPreparations preparations;

    ServiceStatusRows(JdbcClient jdbc, @Lazy MunicipalityPreparations preparations) {
        this.jdbc = jdbc;
        this.preparations = preparations;
    }

    /** Gives every municipality the rows of the services a newly applied catalogue added. */
    @TransactionalEventListener(fallbackExecution = true)
    void catalogueApplied(CatalogueApplied event) {
        preparations.prepareAll(this);
    }

    /**
     * Makes the current municipality's rows for the services of the current catalogue that have none
     * yet; nothing when that was done for the current catalogue already.
     */
    @Override
    public void prepare() {
        UUID tenant = CurrentTenant.require().value();
        Integer current = jdbc.sql("select max(id) from catalogue_version")
                .query(Integer.class)
                .single();
        Integer synced = jdbc.sql("select catalogue_version from service_status_sync")
                .query(Integer.class)
                .optional()
                .orElse(null);
        if (current == null || current.equals(synced)) {
            return;
        }
        jdbc.sql(
                        """
                        insert into service_status (id, tenant_id, version, service_id, concerned)
                        select gen_random_uuid(), :tenant, 0, s.id, coalesce(s.leika_type ~ :types, false)
                        from catalogue_leika_service s
                        where s.leika_key is not null and s.withdrawn_in is null
                          and not exists (select 1 from service_status st where st.service_id = s.id)
                        on conflict (tenant_id, service_id) do nothing
                        """)
                .param("tenant", tenant)
                .param("types", ServiceStatuses.MUNICIPAL_TYPES)
                .update();
        jdbc.sql(
                        """
                        insert into service_status_sync (tenant_id, catalogue_version) values (:tenant, :version)
                        on conflict (tenant_id) do update set catalogue_version = excluded.catalogue_version
                        """)
                .param("tenant", tenant)
                .param("version", current)
                .update();
    }
}
