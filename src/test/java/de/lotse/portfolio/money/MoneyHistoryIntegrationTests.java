package de.lotse.portfolio.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.lotse.LotseIntegrationTest;
import de.lotse.portfolio.PortfolioFixture;
import de.lotse.portfolio.ProjectId;
import de.lotse.tenancy.TenantFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** Every change of money shows in the record's history, which links back to the project's money page. */
@LotseIntegrationTest
class MoneyHistoryIntegrationTests {

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

    @Test
    void changesOfABudgetLineAndAFundingApplicationShowInTheirHistory() throws Exception {
        ProjectId project = portfolio.project(tenants.musterstadt(), "Bürger-App");
        BudgetLine line = tenants.as(
                tenants.musterstadt(),
                () -> lines.create(project, MoneyMother.line(2026, CostType.INVESTIVE, "5000", "4000", "0")));
        tenants.as(
                tenants.musterstadt(),
                () -> lines.update(
                        project, line.id(), 0, MoneyMother.line(2026, CostType.INVESTIVE, "5000", "4000", "1234.5")));
        FundingApplication application = tenants.as(
                tenants.musterstadt(),
                () -> applications.create(project, MoneyMother.planned("Interreg Europe", "70000", null)));

        String history = mvc.perform(get("/audit/budget_line/" + line.id())
                        .with(user(users.loadUserByUsername("rat@musterstadt.example"))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(history)
                .contains("Haushaltsposten", "Ausgegeben", "1234.50", "/portfolio/budget-lines/" + line.id());
        assertThat(mvc.perform(get("/audit/funding_application/" + application.id())
                                .with(user(users.loadUserByUsername("rat@musterstadt.example"))))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("Förderantrag", "Interreg Europe");

        // the project's history shows them too, and another municipality sees none of it
        assertThat(mvc.perform(get("/audit/project/" + project)
                                .with(user(users.loadUserByUsername("rat@musterstadt.example"))))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("Haushaltsposten", "1234.50", "Förderantrag", "Interreg Europe");
        mvc.perform(get("/audit/project/" + project).with(user(users.loadUserByUsername("cdo@beispielhausen.example"))))
                .andExpect(status().isNotFound());

        mvc.perform(get("/portfolio/budget-lines/" + line.id())
                        .with(user(users.loadUserByUsername("rat@musterstadt.example"))))
                .andExpect(redirectedUrl("/projects/" + project + "/money"));
    }
}
