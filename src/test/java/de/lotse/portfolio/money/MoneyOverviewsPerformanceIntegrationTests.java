package de.lotse.portfolio.money;

import static org.assertj.core.api.Assertions.assertThat;

import de.lotse.LotseIntegrationTest;
import de.lotse.SqlStatements;
import de.lotse.portfolio.PortfolioFixture;
import de.lotse.tenancy.CurrentTenant;
import de.lotse.tenancy.Municipality;
import de.lotse.tenancy.MunicipalityId;
import de.lotse.tenancy.MunicipalityRepository;
import de.lotse.tenancy.TenantFixture;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The overviews cost a fixed number of statements whatever the size of the portfolio: 1,200 projects
 * with 3,600 budget lines and 1,200 funding applications in a municipality of their own.
 */
@LotseIntegrationTest
class MoneyOverviewsPerformanceIntegrationTests {

    private static final int PROJECTS = 1_200;

    @Autowired
    MunicipalityRepository municipalities;

    @Autowired
    TenantFixture tenants;

    @Autowired
    PortfolioFixture portfolio;

    @Autowired
    MoneySums sums;

    @Autowired
    FundingOverview funding;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theOverviewsRunABoundedNumberOfStatementsOnALargePortfolio() throws Exception {
        String slug = "last-" + UUID.randomUUID().toString().substring(0, 8);
        MunicipalityId municipality = municipalities
                .save(new Municipality("Lastheim " + slug, "00000098", slug))
                .id();
        UUID goal = portfolio.goal(municipality, "Verwaltung", "Alle Leistungen online");
        UUID department = tenants.as(municipality, () -> {
            UUID id = UUID.randomUUID();
            jdbc.sql("insert into department (id, tenant_id, version, name, level, active)"
                            + " values (:id, :tenant, 0, 'Hauptamt', 'OFFICE', true)")
                    .param("id", id)
                    .param("tenant", CurrentTenant.require().value())
                    .update();
            return id;
        });
        portfolio.manyProjectsWithBudgetLines(municipality, PROJECTS, 2025, 3, department, goal);
        tenants.as(municipality, () -> jdbc.sql(
                        "insert into funding_application (id, tenant_id, version, project_id, programme, funding_body,"
                                + " status, call_deadline, submitted_on, requested_amount, decision_date,"
                                + " granted_amount, received_amount, proof_of_use_due) select gen_random_uuid(),"
                                + " tenant_id, 0, id, 'EFRE', 'EU', 'GRANTED', date '2025-01-31', date '2025-01-15',"
                                + " 100000, date '2025-06-01', 90000, 45000, date '2027-06-30' from project")
                .update());

        warmUp(municipality);
        var budget = SqlStatements.during(() -> tenants.as(municipality, () -> sums.portfolio(null)));
        var year = SqlStatements.during(() -> tenants.as(municipality, () -> sums.portfolio(2026)));
        var applications = SqlStatements.during(
                () -> tenants.as(municipality, () -> funding.of(FundingOverview.Filter.NONE, PageRequest.of(3, 25))));
        System.out.printf(
                "money overviews on %d projects (median of 5): budget %d ms (%d statements), budget 2026 %d ms"
                        + " (%d statements), funding page %d ms (%d statements)%n",
                PROJECTS,
                median(() -> tenants.as(municipality, () -> sums.portfolio(null))),
                budget.count(),
                median(() -> tenants.as(municipality, () -> sums.portfolio(2026))),
                year.count(),
                median(() ->
                        tenants.as(municipality, () -> funding.of(FundingOverview.Filter.NONE, PageRequest.of(3, 25)))),
                applications.count());

        assertThat(budget.result().total().projects()).isEqualTo(PROJECTS);
        assertThat(budget.result().years()).hasSize(3);
        assertThat(budget.result().goals())
                .singleElement()
                .satisfies(row -> assertThat(row.sums().projects()).isEqualTo(PROJECTS));
        assertThat(year.result().departments())
                .singleElement()
                .satisfies(row -> assertThat(row.sums().projects()).isEqualTo(PROJECTS));
        assertThat(applications.result().applications().getContent()).hasSize(25);
        assertThat(applications.result().sums().applications()).isEqualTo(PROJECTS);
        // one statement binds the connection to the municipality; the rest are the aggregations
        assertThat(budget.count()).as(budget.statements().toString()).isLessThanOrEqualTo(4);
        assertThat(year.count()).as(year.statements().toString()).isLessThanOrEqualTo(4);
        assertThat(applications.count())
                .as(applications.statements().toString())
                .isLessThanOrEqualTo(5);
    }

    private static long median(Runnable work) {
        long[] millis = new long[5];
        for (int i = 0; i < millis.length; i++) {
            long start = System.nanoTime();
            work.run();
            millis[i] = (System.nanoTime() - start) / 1_000_000;
        }
        java.util.Arrays.sort(millis);
        return millis[millis.length / 2];
    }

    private void warmUp(MunicipalityId municipality) {
        tenants.as(municipality, () -> sums.portfolio(null));
        tenants.as(municipality, () -> funding.of(FundingOverview.Filter.NONE, PageRequest.of(0, 25)));
    }
}
