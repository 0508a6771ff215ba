package de.lotse.inventory.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import de.lotse.BrowserTest;
import de.lotse.inventory.Application;
import de.lotse.inventory.ApplicationData;
import de.lotse.inventory.Applications;
import de.lotse.tenancy.TenantFixture;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The CDO adds a contract on an application's page and finds its notice deadline in the contract calendar. */
class ContractBrowserTests extends BrowserTest {

    @Autowired
    TenantFixture tenants;

    @Autowired
    Applications applications;

    @Test
    void addsAContractAndSeesItInTheCalendar() {
        String name = "Kalenderverfahren " + UUID.randomUUID().toString().substring(0, 8);
        Application app = tenants.as(tenants.musterstadt(), () -> applications.create(ApplicationData.named(name)));
        LocalDate ends = LocalDate.now().plusMonths(4).with(TemporalAdjusters.lastDayOfMonth());

        logIn("cdo@musterstadt.example", "demo");
        assertAccessible();
        page.navigate("/applications/" + app.id());
        assertAccessible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Vertrag hinzufügen"))
                .click();
        assertAccessible();
        page.locator("#contractor").fill("Browserprobe Software GmbH");
        page.locator("#startsOn").fill("2024-01-01");
        page.locator("#endsOn").fill(ends.toString());
        page.locator("#noticePeriodMonths").fill("3");
        page.getByLabel("Verlängert sich automatisch, wenn nicht gekündigt wird")
                .check();
        page.locator("#renewalTermMonths").fill("12");
        page.locator("#licenceCosts").fill("2.400,00");
        page.locator("#supportCosts").fill("600");
        page.locator("#notifyEmail").fill("keine Adresse");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Speichern"))
                .click();
        assertThat(page.locator("#notifyEmail-error")).containsText("gültige E-Mail-Adresse");
        assertAccessible();
        page.locator("#notifyEmail").fill("it-vertraege@musterstadt.example");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Speichern"))
                .click();
        assertThat(page.locator("#contract-table")).containsText("Browserprobe Software GmbH");
        assertThat(page.locator("#contract-table")).containsText("3.000,00 €");
        assertAccessible();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Zu den Anwendungen"))
                .click();
        assertAccessible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Vertragskalender"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Vertragskalender");
        assertThat(page.getByRole(AriaRole.ROW)
                        .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(name)))
                .containsText("Browserprobe Software GmbH");
        assertAccessible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name)).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText(name);
        assertAccessible();
        page.navigate("/applications/costs");
        assertAccessible();
    }
}
