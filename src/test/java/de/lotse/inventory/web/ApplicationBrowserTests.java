package de.lotse.inventory.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import de.lotse.BrowserTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The CDO records an application, finds it in the filtered list and gives it an interface. */
class ApplicationBrowserTests extends BrowserTest {

    @Test
    void recordsAnApplicationAndFindsItInTheFilteredList() {
        String name = "Hundesteuer online " + UUID.randomUUID().toString().substring(0, 8);
        logIn("cdo@musterstadt.example", "demo");
        assertAccessible();

        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Hauptnavigation"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Anwendungen"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Anwendungen");
        assertAccessible();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Neue Anwendung"))
                .click();
        assertAccessible();
        page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill(name);
        page.getByLabel("Hersteller").fill("Haushalt & Co. Software AG");
        page.getByRole(
                        AriaRole.CHECKBOX,
                        new Page.GetByRoleOptions().setName("– Kämmerei").setExact(true))
                .check();
        page.locator("#hosting").selectOption(new SelectOption().setLabel("Cloud (SaaS)"));
        page.locator("#lifecycle").selectOption(new SelectOption().setLabel("in Einführung"));
        page.locator("#functionalFit").selectOption(new SelectOption().setLabel("2 – eher schlecht"));
        page.locator("#technicalFit").selectOption(new SelectOption().setLabel("4 – sehr gut"));
        page.getByLabel("Verarbeitet personenbezogene Daten").check();
        page.getByLabel("Lizenz (SPDX)").fill("LicenseRef-Hersteller");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Speichern"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText(name);
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Gespeichert.");
        assertThat(page.locator("dl")).containsText("Tolerieren");
        assertAccessible();

        page.locator("#toApplicationId").selectOption(new SelectOption().setLabel("Kassenwesen"));
        page.locator("#exchanges").fill("Sollstellungen Hundesteuer");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Hinzufügen"))
                .click();
        assertThat(page.locator("#interfaces")).containsText("Sollstellungen Hundesteuer");
        assertAccessible();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Zu den Anwendungen"))
                .click();
        assertAccessible();
        page.locator("#filter-department").selectOption(new SelectOption().setLabel("– Kämmerei"));
        page.locator("#filter-lifecycle").selectOption(new SelectOption().setLabel("in Einführung"));
        page.locator("#filter-time").selectOption(new SelectOption().setLabel("Tolerieren"));
        page.locator("#filter-personal-data").selectOption(new SelectOption().setLabel("ja"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Filtern"))
                .click();
        assertThat(page.locator("#applications tbody tr")).hasCount(1);
        assertThat(page.locator("#applications")).containsText(name);
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Eine Anwendung gefunden.");
        assertAccessible();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name)).click();
        assertThat(page.locator("#interfaces")).containsText("Kassenwesen");
        assertAccessible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Verlauf der Änderungen"))
                .click();
        assertAccessible();
    }

    @Test
    void checksAPastedPublicCodeFile() {
        logIn("rat@musterstadt.example", "demo");
        assertAccessible();
        page.navigate("/applications");
        assertAccessible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("publiccode.yml prüfen"))
                .click();
        assertAccessible();
        page.getByLabel("Inhalt der Datei einfügen").fill("publiccodeYmlVersion: \"0.4\"\nname: Probe\n");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Prüfen"))
                .click();
        assertThat(page.getByRole(AriaRole.ALERT).first()).containsText("entspricht nicht dem Standard");
        assertThat(page.locator("#table-errors")).containsText("legal");
        assertAccessible();
    }
}
