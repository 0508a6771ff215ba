package de.lotse.portfolio.money.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.lotse.LotseIntegrationTest;
import de.lotse.portfolio.PortfolioFixture;
import de.lotse.portfolio.ProjectId;
import de.lotse.portfolio.money.BudgetLine;
import de.lotse.portfolio.money.BudgetLines;
import de.lotse.portfolio.money.CostType;
import de.lotse.portfolio.money.FundingApplicationData;
import de.lotse.portfolio.money.FundingApplications;
import de.lotse.portfolio.money.FundingBody;
import de.lotse.portfolio.money.FundingStatus;
import de.lotse.portfolio.money.MoneyMother;
import de.lotse.tenancy.DepartmentMother;
import de.lotse.tenancy.Departments;
import de.lotse.tenancy.TenantFixture;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@LotseIntegrationTest
class MoneyPagesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    TenantFixture tenants;

    @Autowired
    PortfolioFixture portfolio;

    @Autowired
    BudgetLines lines;

    @Autowired
    FundingApplications applications;

    @Autowired
    Departments departments;

    @Test
    void theMoneyPageShowsTheLinesByYearWithTheirSums() throws Exception {
        ProjectId project = portfolio.project(tenants.musterstadt(), "Glasfaser für Schulen");
        tenants.as(tenants.musterstadt(), () -> {
            lines.create(project, MoneyMother.line(2025, CostType.INVESTIVE, "100000", "90000", "85000.50"));
            lines.create(project, MoneyMother.line(2026, CostType.INVESTIVE, "200000", "150000", "10000"));
            lines.create(project, MoneyMother.line(2026, CostType.CONSUMPTIVE, "12000.25", "12000", "0"));
            return applications.create(project, MoneyMother.planned("Gigabitförderung 2.0", "250000", null));
        });

        String page = html("/projects/" + project + "/money", "rat@musterstadt.example");
        assertThat(page)
                .contains("Glasfaser für Schulen", "href=\"/projects/" + project + "\"")
                .contains("Summe 2025", "85.000,50 €")
                .contains("Summe 2026", "212.000,25 €", "162.000,00 €")
                .contains("Summe aller Jahre", "312.000,25 €")
                .contains("Gigabitförderung 2.0", "250.000,00 €")
                .doesNotContain("Haushaltsposten hinzufügen");
        assertThat(html("/projects/" + project + "/money", "redaktion@musterstadt.example"))
                .contains("Haushaltsposten hinzufügen", "Förderantrag hinzufügen");
    }

    @Test
    void theFormTakesGermanAmountsAndNamesTheFieldAtFault() throws Exception {
        ProjectId project = portfolio.project(tenants.musterstadt(), "Digitale Ratsarbeit");
        String path = "/projects/" + project + "/money/budget-lines";

        String refused = mvc.perform(post(path)
                        .with(csrf())
                        .with(as("cdo@musterstadt.example"))
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .content("fiscalYear=2026&costType=INVESTIVE&planned=-5&approved=1,234&spent=viel&version=0"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(refused)
                .contains("id=\"planned-error\"", "nicht negativ")
                .contains("id=\"approved-error\"", "zwei Nachkommastellen")
                .contains("id=\"spent-error\"", "value=\"viel\"");

        mvc.perform(
                        post(path)
                                .with(csrf())
                                .with(as("cdo@musterstadt.example"))
                                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                                .content(
                                        "fiscalYear=2026&costType=INVESTIVE&planned=1.234,56&approved=1000&spent=0,5&version=0"))
                .andExpect(redirectedUrl("/projects/" + project + "/money"));
        BudgetLine line = tenants.as(tenants.musterstadt(), () -> lines.ofProject(project))
                .get(0);
        assertThat(line.planned()).isEqualByComparingTo("1234.56");
        assertThat(line.spent()).isEqualByComparingTo("0.50");

        String duplicate = mvc.perform(post(path)
                        .with(csrf())
                        .with(as("cdo@musterstadt.example"))
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .content("fiscalYear=2026&costType=INVESTIVE&planned=1&approved=1&spent=0&version=0"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(duplicate).contains("id=\"fiscalYear-error\"", "schon einen Haushaltsposten");
    }

    @Test
    void aStaleEditShowsTheOtherChangeAndKeepsTheInput() throws Exception {
        ProjectId project = portfolio.project(tenants.musterstadt(), "Smarte Straßenbeleuchtung");
        BudgetLine line = tenants.as(
                tenants.musterstadt(),
                () -> lines.create(project, MoneyMother.line(2026, CostType.INVESTIVE, "1000", "1000", "0")));
        tenants.as(
                tenants.musterstadt(),
                () -> lines.update(
                        project, line.id(), 0, MoneyMother.line(2026, CostType.INVESTIVE, "1000", "1000", "777")));

        var response = mvc.perform(post("/projects/" + project + "/money/budget-lines/" + line.id())
                        .with(csrf())
                        .with(as("redaktion@musterstadt.example"))
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .content(
                                "fiscalYear=2026&costType=INVESTIVE&planned=1000&approved=1000&spent=123,45&version=0"))
                .andExpect(status().isConflict())
                .andReturn()
                .getResponse();
        assertThat(response.getContentAsString())
                .contains("Zwischenzeitlich geändert", "777,00 €", "value=\"123,45\"", "name=\"version\" value=\"1\"");
        assertThat(tenants.as(tenants.musterstadt(), () -> lines.get(project, line.id()))
                        .spent())
                .isEqualByComparingTo("777");
    }

    @Test
    void theBudgetOverviewAddsUpPerYearDepartmentAndGoalCountingSharedGoalsForEach() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        UUID department = tenants.as(
                        tenants.musterstadt(), () -> departments.create(DepartmentMother.office("Budgetamt " + suffix)))
                .id()
                .value();
        UUID mobility = portfolio.goal(tenants.musterstadt(), "Mobilität " + suffix, "Weniger Autoverkehr " + suffix);
        UUID climate = portfolio.goal(tenants.musterstadt(), "Klima " + suffix, "Klimaneutral 2040 " + suffix);
        ProjectId both =
                portfolio.project(tenants.musterstadt(), "Mobilitätsplattform", department, List.of(mobility, climate));
        ProjectId one = portfolio.project(tenants.musterstadt(), "Ladesäulenkataster", department, List.of(climate));
        tenants.as(tenants.musterstadt(), () -> {
            lines.create(both, MoneyMother.line(2027, CostType.INVESTIVE, "1000", "800", "100"));
            lines.create(both, MoneyMother.line(2028, CostType.CONSUMPTIVE, "500", "500", "0"));
            return lines.create(one, MoneyMother.line(2027, CostType.CONSUMPTIVE, "300", "300", "300"));
        });

        String all = html("/portfolio/budget", "rat@musterstadt.example");
        assertThat(row(all, "Budgetamt " + suffix)).contains("1.800,00 €", "1.600,00 €", "400,00 €");
        assertThat(row(all, "Weniger Autoverkehr " + suffix)).contains("1.500,00 €");
        assertThat(row(all, "Klimaneutral 2040 " + suffix)).contains("1.800,00 €");
        assertThat(all).contains("zählt bei jedem dieser Ziele");

        String year = html("/portfolio/budget?year=2027", "rat@musterstadt.example");
        assertThat(row(year, "Budgetamt " + suffix)).contains("1.300,00 €", "1.100,00 €", "400,00 €");
        assertThat(row(year, "Weniger Autoverkehr " + suffix)).contains("1.000,00 €");
        assertThat(html("/portfolio/budget?year=kein-jahr", "rat@musterstadt.example"))
                .contains("Alle Jahre");
    }

    @Test
    void theFundingOverviewFiltersAndPutsOverdueProofsFirst() throws Exception {
        String programme =
                "EFRE Digitale Innovation " + UUID.randomUUID().toString().substring(0, 8);
        ProjectId project = portfolio.project(tenants.musterstadt(), "Open-Data-Portal");
        LocalDate today = LocalDate.now();
        tenants.as(tenants.musterstadt(), () -> {
            applications.create(
                    project,
                    new FundingApplicationData(
                            programme,
                            FundingBody.EU,
                            FundingStatus.GRANTED,
                            null,
                            today.minusYears(2),
                            new BigDecimal("90000"),
                            new BigDecimal("10000"),
                            today.minusYears(1),
                            new BigDecimal("90000"),
                            new BigDecimal("45000"),
                            today.minusDays(3),
                            null,
                            null,
                            false));
            return applications.create(
                    project, MoneyMother.planned(programme + " Folgeantrag", "30000", today.plusDays(10)));
        });

        String page = html("/portfolio/funding", "rat@musterstadt.example");
        assertThat(section(page, "open-proofs")).contains(programme, "überfällig");
        assertThat(section(page, "next-deadlines")).contains(programme + " Folgeantrag", "bald");

        String granted = html("/portfolio/funding?status=GRANTED&body=EU", "rat@musterstadt.example");
        assertThat(section(granted, "funding-list")).contains(programme).doesNotContain(programme + " Folgeantrag");
        String window = html(
                "/portfolio/funding?from=" + today.plusDays(5) + "&to=" + today.plusDays(15),
                "rat@musterstadt.example");
        assertThat(section(window, "funding-list")).contains(programme + " Folgeantrag");
        assertThat(html("/portfolio/funding?status=UNSINN&from=gestern", "rat@musterstadt.example"))
                .contains(programme);
    }

    private String html(String path, String email) throws Exception {
        return mvc.perform(get(path).with(as(email)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    /** The table row (or list item) that mentions the text. */
    private static String row(String page, String text) {
        int at = page.indexOf(text);
        assertThat(at).as("page mentions %s", text).isPositive();
        int start = page.lastIndexOf("<tr", at);
        return page.substring(start, page.indexOf("</tr>", at));
    }

    private static String section(String page, String id) {
        int start = page.indexOf("id=\"" + id + "\"");
        assertThat(start).as("page has %s", id).isPositive();
        int end = page.indexOf("</", page.indexOf(">", start) + 1);
        return page.substring(
                start, Math.max(end, page.indexOf(id.equals("funding-list") ? "</table>" : "</ul>", start)));
    }

    private RequestPostProcessor as(String email) {
        return user(users.loadUserByUsername(email));
    }
}
