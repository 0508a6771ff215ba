package de.lotse.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.lotse.LotseIntegrationTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The database itself keeps municipalities apart, whatever the application's code does: every
 * table with a tenant_id has row-level security that binds its owner too, and a record can only
 * refer to records of its own municipality.
 */
@LotseIntegrationTest
class TenantGuardRailsIntegrationTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TenantFixture tenants;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void everyTableWithATenantIdHasForcedRowLevelSecurityAndAPolicy() {
        List<String> offenders = jdbc.sql(
                        """
                        select c.relname || ' (' || concat_ws(', ',
                                   case when not c.relrowsecurity then 'not enabled' end,
                                   case when not c.relforcerowsecurity then 'not forced' end,
                                   case when not exists (select from pg_policy p where p.polrelid = c.oid)
                                        then 'no policy' end) || ')'
                        from pg_class c
                        join pg_attribute a on a.attrelid = c.oid and a.attname = 'tenant_id' and not a.attisdropped
                        where c.relkind in ('r', 'p') and c.relnamespace = current_schema()::regnamespace
                          and not (c.relrowsecurity and c.relforcerowsecurity
                                   and exists (select from pg_policy p where p.polrelid = c.oid))
                        order by c.relname
                        """)
                .query(String.class)
                .list();
        assertThat(offenders)
                .as("tables with a tenant_id lacking ENABLE + FORCE ROW LEVEL SECURITY and a policy;"
                        + " make them with select lotse_tenant_table('<table>')")
                .isEmpty();
        long tenantTables = jdbc.sql(
                        """
                        select count(*) from pg_class c
                        join pg_attribute a on a.attrelid = c.oid and a.attname = 'tenant_id' and not a.attisdropped
                        where c.relkind in ('r', 'p') and c.relnamespace = current_schema()::regnamespace
                        """)
                .query(Long.class)
                .single();
        assertThat(tenantTables).isGreaterThan(40);
    }

    @Test
    void everyReferenceBetweenTenantRecordsNamesTheMunicipality() {
        List<String> offenders = jdbc.sql(
                        """
                        select con.conrelid::regclass || '.' || con.conname
                        from pg_constraint con
                        where con.contype = 'f' and con.connamespace = current_schema()::regnamespace
                          and con.confrelid <> 'audit_revision'::regclass
                          and exists (select from pg_attribute a where a.attrelid = con.conrelid
                                      and a.attname = 'tenant_id' and not a.attisdropped)
                          and exists (select from pg_attribute a where a.attrelid = con.confrelid
                                      and a.attname = 'tenant_id' and not a.attisdropped)
                          and not exists (select from pg_attribute a where a.attrelid = con.conrelid
                                          and a.attname = 'tenant_id' and a.attnum = any (con.conkey))
                        order by 1
                        """)
                .query(String.class)
                .list();
        assertThat(offenders)
                .as("foreign keys between tenant tables without tenant_id; use (tenant_id, column) -> (tenant_id, id)")
                .isEmpty();
    }

    @Test
    void aRecordCannotReferToAnotherMunicipalitysRecord() {
        UUID foreignDepartment =
                tenants.as(tenants.beispielhausen(), () -> jdbc.sql("select id from department order by id limit 1")
                        .query(UUID.class)
                        .single());

        assertThatThrownBy(() -> tenants.as(tenants.musterstadt(), () -> jdbc.sql(
                                """
                                insert into project (id, tenant_id, version, title, department_id)
                                values (gen_random_uuid(), :tenant, 0, 'Fremdbezug', :department)
                                """)
                        .param("tenant", tenants.musterstadt().value())
                        .param("department", foreignDepartment)
                        .update()))
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("project_department_id_fkey");
    }

    @Test
    void theTablesOwnerSeesNoMunicipalitysRowsWithoutNamingIt() {
        TransactionTemplate rolledBack = new TransactionTemplate(transactionManager);
        long seen = rolledBack.execute(status -> {
            status.setRollbackOnly();
            // an owner that is no superuser (superusers pass every policy), as on a production server;
            // role and ownership exist only in this transaction
            String owner = "lotse_owner_" + UUID.randomUUID().toString().replace("-", "");
            jdbc.sql("set local role none").update();
            jdbc.sql("create role " + owner + " nologin").update();
            jdbc.sql("alter table project owner to " + owner).update();
            jdbc.sql("set local role " + owner).update();
            jdbc.sql("select set_config('lotse.tenant', '', true)").query(row -> {});
            return jdbc.sql("select count(*) from project").query(Long.class).single();
        });
        assertThat(seen).isZero();
        assertThat(tenants.as(tenants.musterstadt(), () -> jdbc.sql("select count(*) from project")
                        .query(Long.class)
                        .single()))
                .isPositive();
    }
}
