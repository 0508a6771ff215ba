package de.lotse.demo;

import static org.assertj.core.api.Assertions.assertThat;

import de.lotse.LotseIntegrationTest;
import de.lotse.portfolio.PortfolioFixture;
import de.lotse.portfolio.money.BudgetReport;
import de.lotse.portfolio.money.FundingOverview;
import de.lotse.portfolio.money.FundingStatus;
import de.lotse.portfolio.money.MoneySums;
import de.lotse.tenancy.Municipality;
import de.lotse.tenancy.MunicipalityId;
import de.lotse.tenancy.MunicipalityRepository;
import de.lotse.tenancy.TenantFixture;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;

@LotseIntegrationTest
class DemoMoneyIntegrationTests {

    @Autowired
    DemoMoney demo;

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
    void addsThreeFiscalYearsEveryFundingStatusAndTrainingsToTheExistingProjectsTheSameWayEveryTime() {
        MunicipalityId first = municipalityWithProjects();
        MunicipalityId second = municipalityWithProjects();
        tenants.as(first, demo::musterstadt);
        tenants.as(second, demo::musterstadt);

        BudgetReport report = tenants.as(first, () -> sums.portfolio(null));
        int year = LocalDate.now().getYear();
        assertThat(report.years()).extracting(BudgetReport.Year::fiscalYear).containsExactly(year - 1, year, year + 1);
        assertThat(report.total().projects()).isEqualTo(7);
        assertThat(report.years().get(0).sums().spent()).isPositive();
        assertThat(report.years().get(2).sums().spent()).isZero();
        assertThat(tenants.as(second, () -> sums.portfolio(null)).total()).isEqualTo(report.total());

        FundingOverview.Report applications =
                tenants.as(first, () -> funding.of(FundingOverview.Filter.NONE, PageRequest.of(0, 50)));
        Set<FundingStatus> statuses = applications.applications().getContent().stream()
                .map(FundingOverview.Row::status)
                .collect(Collectors.toSet());
        assertThat(statuses).containsExactlyInAnyOrder(FundingStatus.values());
        assertThat(applications.openProofsOfUse()).first().satisfies(row -> assertThat(row.proofOverdue())
                .isTrue());
        assertThat(applications.nextCallDeadlines()).isNotEmpty();
        assertThat(tenants.as(first, () -> jdbc.sql("select count(*) from qualification_measure")
                        .query(Long.class)
                        .single()))
                .isPositive();
    }

    @Test
    void aMunicipalityWithoutProjectsGetsNothing() {
        MunicipalityId empty = municipality();
        tenants.as(empty, demo::beispielhausen);
        assertThat(tenants.as(empty, () -> sums.portfolio(null)).years()).isEmpty();
    }

    private MunicipalityId municipalityWithProjects() {
        MunicipalityId municipality = municipality();
        for (String title : List.of(
                "Bürgerportal",
                "Digitale Bauakte",
                "E-Rechnung",
                "Glasfaser Gewerbegebiet",
                "Open Data",
                "Schul-WLAN",
                "Smarte Parkplätze")) {
            portfolio.project(municipality, title);
        }
        return municipality;
    }

    private MunicipalityId municipality() {
        String slug = "demo-" + UUID.randomUUID().toString().substring(0, 8);
        return municipalities
                .save(new Municipality("Demohausen " + slug, "00000099", slug))
                .id();
    }
}
