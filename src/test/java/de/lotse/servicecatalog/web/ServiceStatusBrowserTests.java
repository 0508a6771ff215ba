package de.lotse.servicecatalog.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import de.lotse.BrowserTest;
import org.junit.jupiter.api.Test;

/** The CDO filters the services to one topic, sets three of them to a level at once, and sees the progress change. */
class ServiceStatusBrowserTests extends BrowserTest {

    @Test
    void bulkSetsThreeServicesAndSeesTheProgressChange() {
        logIn("cdo@musterstadt.example", "demo");
        assertAccessible();

        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Hauptnavigation"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Onlinedienste"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Onlinedienste");
        assertAccessible();

        page.getByLabel("Themenfeld").selectOption(new SelectOption().setLabel("Forschung & Förderung"));
        page.locator("#filter-level").selectOption(new SelectOption().setLabel("0 – Offline"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Filtern"))
                .click();
        assertAccessible();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Fortschritt nach Themenfeld"))
                .click();
        Locator research = page.getByRole(AriaRole.ROW, new Page.GetByRoleOptions().setName("Forschung & Förderung"));
        String before = research.getByRole(AriaRole.CELL).nth(5).textContent();
        assertAccessible();
        page.goBack();
        assertAccessible();

        Locator boxes = page.locator("input[name=ids]");
        for (int i = 0; i < 3; i++) {
            boxes.nth(i).check();
        }
        page.locator("#bulk-level").selectOption(new SelectOption().setLabel("4 – Online-Transaktion"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Für die Auswahl übernehmen"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("3 Leistungen wurden geändert.");
        assertAccessible();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Fortschritt nach Themenfeld"))
                .click();
        int levelFourBefore = Integer.parseInt(before.substring(0, before.indexOf(' ')));
        assertThat(research.getByRole(AriaRole.CELL).nth(5)).containsText((levelFourBefore + 3) + " (");
        assertAccessible();
    }

    @Test
    void seesWhereGoingOnlineHelpsMostAndTheLevelsOfTheModels() {
        logIn("cdo@musterstadt.example", "demo");
        assertAccessible();
        page.navigate("/services");
        assertAccessible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Wo es am meisten hilft"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Wo es am meisten hilft");
        assertAccessible();
        page.getByLabel("Unter Reifegrad").selectOption(new SelectOption().setLabel("4 – Online-Transaktion"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Filtern"))
                .click();
        assertThat(page.locator("#helps-most tbody tr").first()).containsText("890");
        assertAccessible();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Zu den Onlinediensten"))
                .click();
        assertAccessible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Die Stufen der Reifegradmodelle"))
                .click();
        assertThat(page.getByRole(
                        AriaRole.HEADING, new Page.GetByRoleOptions().setName("Reifegradmodell 2.0 (Stufen 0 bis 7)")))
                .isVisible();
        assertThat(page.getByRole(
                        AriaRole.RADIO, new Page.GetByRoleOptions().setName("Reifegradmodell 1.x (Stufen 0 bis 4)")))
                .isChecked();
        assertAccessible();
    }
}
