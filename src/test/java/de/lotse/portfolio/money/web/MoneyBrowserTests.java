package de.lotse.portfolio.money.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import de.lotse.BrowserTest;
import de.lotse.portfolio.PortfolioFixture;
import de.lotse.portfolio.ProjectId;
import de.lotse.tenancy.DepartmentMother;
import de.lotse.tenancy.Departments;
import de.lotse.tenancy.TenantFixture;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The CDO records a project's budget and a funding application and finds them in the overviews. */
class MoneyBrowserTests extends BrowserTest {

    @Autowired
    TenantFixture tenants;

    @Autowired
    PortfolioFixture portfolio;

    @Autowired
    Departments departments;

    @Test
    void cdoAddsABudgetLineAndAFundingApplicationAndSeesTheSumsInTheOverviews() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String office = "Amt für Schulen " + suffix;
        UUID department = tenants.as(tenants.musterstadt(), () -> departments.create(DepartmentMother.office(office)))
                .id()
                .value();
        String programme = "DigitalPakt Schule " + suffix;
        ProjectId project = portfolio.project(tenants.musterstadt(), "WLAN in allen Schulen", department, List.of());

        logIn("cdo@musterstadt.example", "demo");
        assertAccessible();
        page.navigate("/projects/" + project + "/money");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Haushalt und Fördermittel");
        assertAccessible();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Haushaltsposten hinzufügen"))
                .click();
        assertAccessible();
        page.locator("#fiscalYear").fill("2029");
        page.locator("#planned").fill("-100");
        page.locator("#approved").fill("80.000");
        page.locator("#spent").fill("0");
        save();
        assertThat(page.locator("#planned-error")).containsText("nicht negativ");
        assertAccessible();
        page.locator("#planned").fill("120.000,50");
        page.locator("#approved").fill("100000");
        page.locator("#spent").fill("2500,25");
        page.locator("#costCentre").fill("I-2029-17");
        save();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("gespeichert");
        assertThat(page.locator("#budget-total")).containsText("120.000,50 €");
        assertAccessible();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Förderantrag hinzufügen"))
                .click();
        assertAccessible();
        page.locator("#programme").fill(programme);
        page.locator("#fundingBody").selectOption("FEDERAL");
        page.locator("#status").selectOption("GRANTED");
        page.locator("#submittedOn").fill("2026-02-10");
        page.locator("#requestedAmount").fill("90000");
        page.locator("#decisionDate").fill("2026-05-04");
        page.locator("#grantedAmount").fill("95000");
        save();
        assertThat(page.locator("#grantedAmount-error")).containsText("bestätigen");
        assertAccessible();
        page.getByLabel("Ja, es wurde mehr bewilligt als beantragt.").check();
        page.locator("#receivedAmount").fill("40000");
        save();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("gespeichert");
        assertThat(page.locator("#funding-sums")).containsText("95.000,00 €");
        assertAccessible();

        navigation("Budget").click();
        assertThat(row("#budget-by-department", office)).containsText("120.000,50 €");
        assertAccessible();
        page.locator("#filter-year").selectOption("2029");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Anzeigen"))
                .click();
        assertThat(page.locator("#budget-total")).containsText("100.000,00 €");
        assertThat(row("#budget-by-department", office)).containsText("2.500,25 €");
        assertAccessible();

        navigation("Fördermittel").click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Fördermittel");
        assertAccessible();
        page.getByLabel("Status").selectOption("GRANTED");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Filtern"))
                .click();
        assertThat(row("#funding-list", programme)).containsText("40.000,00 €");
        assertAccessible();
    }

    private void save() {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Speichern"))
                .click();
    }

    private Locator navigation(String name) {
        return page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Hauptnavigation"))
                .getByRole(
                        AriaRole.LINK,
                        new Locator.GetByRoleOptions().setName(name).setExact(true));
    }

    private Locator row(String table, String text) {
        return page.locator(table + " tr").filter(new Locator.FilterOptions().setHasText(text));
    }
}
