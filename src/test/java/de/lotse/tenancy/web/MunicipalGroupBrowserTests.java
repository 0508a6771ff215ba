package de.lotse.tenancy.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import de.lotse.BrowserTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The CDO maintains the municipal group: a new company, a mistake, a change, its history, removal. */
class MunicipalGroupBrowserTests extends BrowserTest {

    @Test
    void cdoAddsChangesAndRemovesACompany() {
        String name =
                "Breitband Musterstadt GmbH " + UUID.randomUUID().toString().substring(0, 6);
        logIn("cdo@musterstadt.example", "demo");
        assertAccessible();

        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Hauptnavigation"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Konzern Kommune"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Konzern Kommune");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Stadtwerke Musterstadt GmbH")))
                .isVisible();
        assertAccessible();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Gesellschaft anlegen"))
                .click();
        assertAccessible();
        page.getByLabel("Name").fill(name);
        page.getByLabel("Anteil der Kommune in Prozent").fill("150");
        page.getByLabel("Website").fill("breitband.example");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Speichern"))
                .click();
        assertThat(page.locator("#sharePercent-error")).isVisible();
        assertThat(page.locator("#website-error")).containsText("https://");
        assertThat(page.getByLabel("Name")).hasValue(name);
        assertAccessible();

        page.getByLabel("Anteil der Kommune in Prozent").fill("74.9");
        page.getByLabel("Website").fill("https://breitband.musterstadt.example");
        page.getByLabel("Rechtsform").selectOption("GMBH_CO_KG");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Speichern"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText(name);
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("gespeichert");
        assertThat(page.locator("main")).containsText("GmbH & Co. KG");
        assertAccessible();

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Deaktivieren"))
                .click();
        assertThat(page.locator("main")).containsText("deaktiviert");
        assertAccessible();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Verlauf der Änderungen"))
                .click();
        assertThat(page.locator("main")).containsText("Gesellschaft (Konzern Kommune)");
        assertThat(page.locator("main")).containsText("deaktiviert");
        assertAccessible();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Zurück zu „" + name + "“"))
                .click();
        assertAccessible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Löschen"))
                .click();
        assertThat(page.locator(".kern-alert--success")).containsText("gelöscht");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name)))
                .hasCount(0);
        assertAccessible();
    }
}
