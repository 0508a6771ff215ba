package de.lotse.inventory.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.lotse.LotseIntegrationTest;
import de.lotse.SqlStatements;
import de.lotse.inventory.AnnualCosts;
import de.lotse.inventory.Application;
import de.lotse.inventory.ApplicationData;
import de.lotse.inventory.Applications;
import de.lotse.inventory.Contract;
import de.lotse.inventory.ContractCalendar;
import de.lotse.inventory.ContractCosts;
import de.lotse.inventory.ContractData;
import de.lotse.inventory.Contracts;
import de.lotse.inventory.NoticeDeadline;
import de.lotse.tenancy.TenantFixture;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@LotseIntegrationTest
class ContractPagesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    TenantFixture tenants;

    @Autowired
    Applications applications;

    @Autowired
    Contracts contracts;

    @Autowired
    ContractCalendar calendar;

    @Autowired
    ContractCosts costs;

    @Autowired
    JdbcClient jdbc;

    private Application application(String prefix) {
        return tenants.as(
                tenants.musterstadt(),
                () -> applications.create(ApplicationData.named(prefix + " " + UUID.randomUUID())));
    }

    private static String form(String contractor, String endsOn, String extra) {
        return "contractor=" + contractor + "&startsOn=2024-01-01&endsOn=" + endsOn
                + "&noticePeriodMonths=3&autoRenewal=true&renewalTermMonths=12&licenceCosts=1.200,50"
                + "&maintenanceCosts=300&hostingCosts=&supportCosts=99,5&costCentre=1110&notifyEmail=a@musterstadt.example"
                + extra;
    }

    @Test
    void anEditorAddsChangesAndDeletesAContractOnTheApplicationPage() throws Exception {
        Application app = application("Vertragsseite");
        String page = "/applications/" + app.id();
        mvc.perform(get(page).with(as("redaktion@musterstadt.example")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Für diese Anwendung sind keine Verträge erfasst.")))
                .andExpect(content().string(containsString(page + "/contracts/new")));
        mvc.perform(get(page + "/contracts/new").with(as("redaktion@musterstadt.example")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Erinnerung an (E-Mail)")));

        mvc.perform(post(page + "/contracts")
                        .with(csrf())
                        .with(as("redaktion@musterstadt.example"))
                        .contentType("application/x-www-form-urlencoded")
                        .content(form("Seitenprobe GmbH", "2099-12-31", "")))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl(page + "#contracts"));
        mvc.perform(get(page).with(as("rat@musterstadt.example")))
                .andExpect(content().string(containsString("Seitenprobe GmbH")))
                .andExpect(content().string(containsString("30.09.2099 zum 31.12.2099")))
                .andExpect(content().string(containsString("automatisch um 12 Monate")))
                .andExpect(content().string(containsString("1.600,00 €")))
                // a viewer sees no buttons to change
                .andExpect(content().string(not(containsString("/contracts/new"))));

        Contract contract =
                tenants.as(tenants.musterstadt(), () -> contracts.of(app.id()).get(0));
        String edit = page + "/contracts/" + contract.id();
        // the history links a contract to the page of its application
        mvc.perform(get("/applications/contracts/" + contract.id()).with(as("rat@musterstadt.example")))
                .andExpect(redirectedUrl(page + "#contracts"));
        mvc.perform(get(edit + "/edit").with(as("redaktion@musterstadt.example")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("1200,50")));
        mvc.perform(post(edit)
                        .with(csrf())
                        .with(as("redaktion@musterstadt.example"))
                        .contentType("application/x-www-form-urlencoded")
                        .content(form("Neu GmbH", "2099-12-31", "&version=0")))
                .andExpect(status().is3xxRedirection());
        // a second change on the version seen before is a conflict that shows the contract as it is now
        mvc.perform(post(edit)
                        .with(csrf())
                        .with(as("cdo@musterstadt.example"))
                        .contentType("application/x-www-form-urlencoded")
                        .content(form("Alt GmbH", "2099-12-31", "&version=0")))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Zwischenzeitlich geändert")))
                .andExpect(content().string(containsString("Neu GmbH")));
        mvc.perform(post(edit + "/delete")
                        .with(csrf())
                        .with(as("redaktion@musterstadt.example"))
                        .param("version", "0"))
                .andExpect(redirectedUrl(page + "#contracts"));
        assertThat(tenants.as(tenants.musterstadt(), () -> contracts.of(app.id())))
                .hasSize(1);
        mvc.perform(post(edit + "/delete")
                        .with(csrf())
                        .with(as("redaktion@musterstadt.example"))
                        .param("version", "1"))
                .andExpect(redirectedUrl(page + "#contracts"));
        assertThat(tenants.as(tenants.musterstadt(), () -> contracts.of(app.id())))
                .isEmpty();

        // the application's history has the contract's changes
        mvc.perform(get("/audit/application/" + app.id()).with(as("cdo@musterstadt.example")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Vertrag einer Anwendung")));
    }

    @Test
    void theFormExplainsWrongValuesInGerman() throws Exception {
        Application app = application("Vertragsfehler");
        String page = "/applications/" + app.id();
        mvc.perform(post(page + "/contracts")
                        .with(csrf())
                        .with(as("cdo@musterstadt.example"))
                        .contentType("application/x-www-form-urlencoded")
                        .content("contractor=&startsOn=&noticePeriodMonths=3&autoRenewal=true&licenceCosts=-5"
                                + "&maintenanceCosts=zwölf&notifyEmail=keine-adresse"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Bitte geben Sie den Vertragspartner an.")))
                .andExpect(content().string(containsString("Bitte geben Sie den Beginn an.")))
                .andExpect(content().string(containsString("Der Betrag darf nicht negativ sein.")))
                .andExpect(content().string(containsString("Bitte geben Sie einen Betrag in Euro an")))
                .andExpect(content().string(containsString("Bitte geben Sie eine gültige E-Mail-Adresse an")))
                .andExpect(content().string(containsString("um wie viele Monate sich der Vertrag verlängert")));
        mvc.perform(post(page + "/contracts")
                        .with(csrf())
                        .with(as("cdo@musterstadt.example"))
                        .contentType("application/x-www-form-urlencoded")
                        .content(form("Probe", "2023-12-31", "")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Das Ende darf nicht vor dem Beginn liegen.")));
        assertThat(tenants.as(tenants.musterstadt(), () -> contracts.of(app.id())))
                .isEmpty();
        mvc.perform(post(page + "/contracts")
                        .with(csrf())
                        .with(as("lotse@musterstadt.example"))
                        .contentType("application/x-www-form-urlencoded")
                        .content(form("Probe", "2099-12-31", "")))
                .andExpect(status().isForbidden());
    }

    @Test
    void theCalendarGroupsTheComingDeadlinesByMonthInOneStatement() throws Exception {
        Application app = application("Kalenderprobe");
        LocalDate today = LocalDate.now();
        // notice three months before the end: the deadline is at the end of next month
        LocalDate ends = today.plusMonths(4).with(TemporalAdjusters.lastDayOfMonth());
        LocalDate far = today.plusMonths(20).with(TemporalAdjusters.lastDayOfMonth());
        tenants.as(tenants.musterstadt(), () -> {
            contracts.create(app.id(), contract("Kalender Nah GmbH", ends, false));
            contracts.create(app.id(), contract("Kalender Fern GmbH", far.plusMonths(3), false));
            return null;
        });
        mvc.perform(get("/applications/contracts").with(as("rat@musterstadt.example")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Kalender Nah GmbH")))
                .andExpect(content().string(not(containsString("Kalender Fern GmbH"))))
                .andExpect(content().string(containsString(app.name())))
                .andExpect(content().string(containsString("/applications/" + app.id())));
        mvc.perform(get("/applications/contracts?months=24").with(as("rat@musterstadt.example")))
                .andExpect(content().string(containsString("Kalender Fern GmbH")));
        mvc.perform(get("/applications/contracts?months=3").with(as("cdo@beispielhausen.example")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Kalender Nah GmbH"))));

        var musterstadt = tenants.musterstadt();
        var counted = SqlStatements.during(() -> tenants.as(musterstadt, () -> calendar.next(24)));
        assertThat(counted.result().byMonth()).isNotEmpty();
        // the statement that binds the connection to the municipality and the calendar's
        assertThat(counted.count()).as(counted.statements().toString()).isLessThanOrEqualTo(2);
    }

    @Test
    void theDemoMunicipalitiesHaveContractsWithDeadlinesInTheComingMonths() {
        var musterstadt = tenants.musterstadt();
        long withContract = tenants.as(
                musterstadt, () -> jdbc.sql("select count(distinct application_id) from application_contract")
                        .query(Long.class)
                        .single());
        assertThat(withContract).isGreaterThanOrEqualTo(50);
        assertThat(tenants.as(musterstadt, () -> calendar.next(6)).byMonth().stream()
                        .mapToLong(month -> month.deadlines().size())
                        .sum())
                .isGreaterThanOrEqualTo(10);
        assertThat(tenants.as(tenants.beispielhausen(), () -> calendar.next(6)).isEmpty())
                .isFalse();
    }

    @Test
    void theDatabaseComputesTheSameDeadlinesAsTheJavaFunction() {
        LocalDate today = LocalDate.of(2026, 12, 1);
        for (String end : List.of(
                "2026-12-31", "2027-06-30", "2024-02-29", "2027-02-28", "2026-01-30", "2010-01-31", "2027-03-01")) {
            for (int notice : new int[] {0, 1, 3, 6, 12}) {
                for (Integer renewal : new Integer[] {null, 1, 6, 12, 24}) {
                    LocalDate ends = LocalDate.parse(end);
                    NoticeDeadline expected = NoticeDeadline.next(ends, notice, renewal != null, renewal, today)
                            .orElseThrow();
                    LocalDate[] actual = jdbc.sql("select contract_notice_deadline(:e, :n, :r, :t, :today),"
                                    + " contract_term_end(:e, :n, :r, :t, :today)")
                            .param("e", ends)
                            .param("n", notice)
                            .param("r", renewal != null)
                            .param("t", renewal)
                            .param("today", today)
                            .query((rs, i) ->
                                    new LocalDate[] {rs.getObject(1, LocalDate.class), rs.getObject(2, LocalDate.class)
                                    })
                            .single();
                    assertThat(new NoticeDeadline(actual[0], actual[1]))
                            .as("%s, %d months' notice, renews by %s", end, notice, renewal)
                            .isEqualTo(expected);
                }
            }
        }
    }

    @Test
    void theListFiltersApplicationsWithANoticeDeadlineWithinMonths() throws Exception {
        Application soon = application("Fristnah");
        Application later = application("Fristfern");
        LocalDate today = LocalDate.now();
        tenants.as(tenants.musterstadt(), () -> {
            contracts.create(soon.id(), contract("Bald GmbH", today.plusMonths(4), false));
            contracts.create(later.id(), contract("Später GmbH", today.plusMonths(12), false));
            return null;
        });
        mvc.perform(get("/applications?q=Frist&noticeWithin=3").with(as("rat@musterstadt.example")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(soon.name())))
                .andExpect(content().string(not(containsString(later.name()))))
                .andExpect(content().string(containsString("<option value=\"3\" selected=\"selected\">")));
        mvc.perform(get("/applications?q=Frist&noticeWithin=12").with(as("rat@musterstadt.example")))
                .andExpect(content().string(containsString(later.name())));
    }

    @Test
    void theCostsOfAYearAreSplitEquallyBetweenTheDepartmentsInOneStatement() throws Exception {
        var musterstadt = tenants.musterstadt();
        int year = 2091;
        var departments = tenants.as(musterstadt, () -> jdbc.sql(
                        "select id from department where name in ('Bürgeramt', 'Standesamt') order by name")
                .query(UUID.class)
                .list());
        Set<de.lotse.tenancy.DepartmentId> both = Set.copyOf(
                departments.stream().map(de.lotse.tenancy.DepartmentId::new).toList());
        Application shared = tenants.as(
                musterstadt,
                () -> applications.create(new ApplicationData(
                        "Kostenprobe " + UUID.randomUUID(),
                        null,
                        null,
                        null,
                        null,
                        both,
                        null,
                        null,
                        null,
                        de.lotse.inventory.Lifecycle.IN_USE,
                        null,
                        null,
                        null,
                        null,
                        null,
                        false,
                        null,
                        false,
                        null,
                        null)));
        ContractCosts.Report before = tenants.as(musterstadt, () -> costs.of(year));
        tenants.as(
                musterstadt,
                () -> contracts.create(
                        shared.id(),
                        new ContractData(
                                "Kosten GmbH",
                                LocalDate.of(year, 3, 1),
                                LocalDate.of(year, 8, 31),
                                1,
                                false,
                                null,
                                new AnnualCosts(
                                        new BigDecimal("1000"),
                                        new BigDecimal("500"),
                                        BigDecimal.ZERO,
                                        new BigDecimal("0.01")),
                                null,
                                null)));
        var counted = SqlStatements.during(() -> tenants.as(musterstadt, () -> costs.of(year)));
        assertThat(counted.count()).as(counted.statements().toString()).isLessThanOrEqualTo(2);
        var report = counted.result();
        var without = before;
        for (String name : List.of("Bürgeramt", "Standesamt")) {
            assertThat(row(report, name).licence().subtract(row(without, name).licence()))
                    .isEqualByComparingTo("500");
            assertThat(row(report, name)
                            .maintenance()
                            .subtract(row(without, name).maintenance()))
                    .isEqualByComparingTo("250");
        }
        assertThat(report.total().total().subtract(without.total().total())).isEqualByComparingTo("1500.01");
        // the contract ended in August: the next year does not count it
        assertThat(tenants.as(musterstadt, () -> costs.of(year + 1).total().total()))
                .isEqualByComparingTo(without.total().total());

        mvc.perform(get("/applications/costs?year=" + year).with(as("rat@musterstadt.example")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Vertragskosten " + year)))
                .andExpect(content().string(containsString("Bürgeramt")))
                .andExpect(content().string(containsString("zu gleichen Teilen")));
        // the demo's contracts of this year
        mvc.perform(get("/applications/costs").with(as("rat@musterstadt.example")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Bürgeramt")))
                .andExpect(content().string(containsString("Gesamt")));
    }

    private static de.lotse.inventory.DepartmentCosts row(ContractCosts.Report report, String department) {
        return report.departments().stream()
                .filter(row -> department.equals(row.department()))
                .findFirst()
                .orElse(new de.lotse.inventory.DepartmentCosts(
                        department, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO));
    }

    private static ContractData contract(String contractor, LocalDate ends, boolean renews) {
        return new ContractData(
                contractor,
                LocalDate.of(2020, 1, 1),
                ends.with(TemporalAdjusters.lastDayOfMonth()),
                3,
                renews,
                renews ? 12 : null,
                AnnualCosts.NONE,
                null,
                null);
    }

    private RequestPostProcessor as(String email) {
        return user(users.loadUserByUsername(email));
    }
}
