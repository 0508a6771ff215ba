package de.lotse.portfolio;

import de.lotse.tenancy.CurrentTenant;
import de.lotse.tenancy.MunicipalityId;
import de.lotse.tenancy.TenantFixture;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Creates projects (and the goals they serve) for tests of the portfolio's parts, as one
 * municipality, with plain SQL of exactly the project table's columns.
 */
@Component
public class PortfolioFixture {

    private final TenantFixture tenants;
    private final JdbcClient jdbc;

    PortfolioFixture(TenantFixture tenants, JdbcClient jdbc) {
        this.tenants = tenants;
        this.jdbc = jdbc;
    }

    /** A project of the municipality without department or goal. */
    public ProjectId project(MunicipalityId municipality, String title) {
        return project(municipality, title, null, List.of());
    }

    /** A project of the municipality run by the department and serving the goals. */
    public ProjectId project(MunicipalityId municipality, String title, UUID departmentId, List<UUID> goalIds) {
        return tenants.as(municipality, () -> {
            ProjectId id = ProjectId.random();
            jdbc.sql("insert into project (id, tenant_id, version, title, department_id)"
                            + " values (:id, :tenant, 0, :title, :department)")
                    .param("id", id.value())
                    .param("tenant", CurrentTenant.require().value())
                    .param("title", title)
                    .param("department", departmentId)
                    .update();
            for (UUID goal : goalIds) {
                jdbc.sql("insert into project_goal (project_id, goal_id) values (:project, :goal)")
                        .param("project", id.value())
                        .param("goal", goal)
                        .update();
            }
            return id;
        });
    }

    /** A goal of the municipality, in a field of action of its own. */
    public UUID goal(MunicipalityId municipality, String field, String title) {
        return tenants.as(municipality, () -> {
            UUID fieldId = UUID.randomUUID();
            UUID goalId = UUID.randomUUID();
            UUID tenant = CurrentTenant.require().value();
            jdbc.sql("insert into field_of_action (id, tenant_id, version, position, name, colour)"
                            + " values (:id, :tenant, 0, 0, :name, '#004b76')")
                    .param("id", fieldId)
                    .param("tenant", tenant)
                    .param("name", field)
                    .update();
            jdbc.sql("insert into goal (id, tenant_id, version, field_id, position, title)"
                            + " values (:id, :tenant, 0, :field, 0, :title)")
                    .param("id", goalId)
                    .param("tenant", tenant)
                    .param("field", fieldId)
                    .param("title", title)
                    .update();
            return goalId;
        });
    }

    /** A department of the municipality by name (the demo organisation's, e.g. "Bürgeramt"). */
    public UUID department(MunicipalityId municipality, String name) {
        return tenants.as(municipality, () -> jdbc.sql("select id from department where name = :name")
                .param("name", name)
                .query(UUID.class)
                .single());
    }

    /**
     * Many projects at once, each with a budget line per fiscal year from {@code firstYear} for
     * {@code years} years, run by the department and serving the goal.
     */
    public void manyProjectsWithBudgetLines(
            MunicipalityId municipality, int count, int firstYear, int years, UUID departmentId, UUID goalId) {
        tenants.as(municipality, () -> {
            UUID tenant = CurrentTenant.require().value();
            jdbc.sql("create temporary table many_projects on commit drop as"
                            + " select gen_random_uuid() as id, n from generate_series(1, :count) as n")
                    .param("count", count)
                    .update();
            jdbc.sql("insert into project (id, tenant_id, version, title, department_id)"
                            + " select id, :tenant, 0, 'Lastprojekt ' || n, :department from many_projects")
                    .param("tenant", tenant)
                    .param("department", departmentId)
                    .update();
            jdbc.sql("insert into project_goal (project_id, goal_id) select id, :goal from many_projects")
                    .param("goal", goalId)
                    .update();
            jdbc.sql("insert into budget_line (id, tenant_id, version, project_id, fiscal_year, cost_type, planned,"
                            + " approved, spent) select gen_random_uuid(), :tenant, 0, p.id, y, 'INVESTIVE',"
                            + " 1000.00 + p.n, 900.00 + p.n, 500.00 from many_projects p,"
                            + " generate_series(:first, :last) as y")
                    .param("tenant", tenant)
                    .param("first", firstYear)
                    .param("last", firstYear + years - 1)
                    .update();
            return null;
        });
    }
}
