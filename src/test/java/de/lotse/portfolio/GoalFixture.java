package de.lotse.portfolio;

import de.lotse.strategy.GoalId;
import de.lotse.tenancy.MunicipalityId;
import de.lotse.tenancy.TenantFixture;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Fields of action and goals for the portfolio's tests, written as plain rows as the municipality
 * (the strategy's own services are not needed to serve a goal).
 */
@Component
public class GoalFixture {

    private final TenantFixture tenants;
    private final JdbcClient jdbc;

    GoalFixture(TenantFixture tenants, JdbcClient jdbc) {
        this.tenants = tenants;
        this.jdbc = jdbc;
    }

    /** A new field of action of the municipality, by id. */
    public UUID field(MunicipalityId municipality, String name) {
        UUID id = UUID.randomUUID();
        tenants.as(municipality, () -> jdbc.sql("insert into field_of_action (id, tenant_id, version, position, name,"
                        + " colour) values (:id, :tenant, 0, 1, :name, '#005ea5')")
                .param("id", id)
                .param("tenant", municipality.value())
                .param("name", name)
                .update());
        return id;
    }

    /** A new goal in the given field of action. */
    public GoalId goal(MunicipalityId municipality, UUID field, String title) {
        UUID id = UUID.randomUUID();
        tenants.as(municipality, () -> jdbc.sql("insert into goal (id, tenant_id, version, field_id, position, title)"
                        + " values (:id, :tenant, 0, :field, 1, :title)")
                .param("id", id)
                .param("tenant", municipality.value())
                .param("field", field)
                .param("title", title)
                .update());
        return new GoalId(id);
    }

    /** A new goal in a new field of action of Musterstadt. */
    public GoalId musterstadtGoal(String title) {
        MunicipalityId musterstadt = tenants.musterstadt();
        return goal(musterstadt, field(musterstadt, "Feld " + title), title);
    }
}
