package de.lotse.inventory.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import de.lotse.BrowserTest;
import de.lotse.inventory.api.PublicCodeFiles;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The CDO takes stock: imports a publiccode.yml as an application, names the project that introduces
 * it, finds it on the project's page, records its contract and sees the notice deadline in the
 * contract calendar; and looks at the landscape and at who talks to whom.
 */
class InventoryJourneyBrowserTests extends BrowserTest {

    @Test
    void importsAPublicCodeFileLinksTheApplicationToAProjectAndSeesItsContractInTheCalendar() {
        String name = "Terminbuchung " + UUID.randomUUID().toString().substring(0, 8);
        String file = PublicCodeFiles.standardExample(name, "https://example.com/" + UUID.randomUUID() + ".git");
        logIn("cdo@musterstadt.example", "demo");
        assertAccessible();

        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Hauptnavigation"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Anwendungen"))
                .click();
        assertAccessible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("publiccode.yml prüfen"))
                .click();
        assertAccessible();
        page.getByLabel("Inhalt der Datei").fill(file);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Prüfen"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Die Datei entspricht dem Standard");
        assertAccessible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Als Anwendung übernehmen"))
                .click();

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText(name);
        assertThat(page.getByRole(AriaRole.STATUS).first())
                .containsText("Die Anwendung wurde aus der publiccode.yml angelegt.");
        assertThat(page.locator("dl").first()).containsText("geplant");
        assertThat(page.locator("dl").first()).containsText("AGPL-3.0-or-later");
        assertThat(page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Laut publiccode.yml")))
                .containsText("durch Vertrag");
        assertAccessible();

        page.locator("#projectId").selectOption(new SelectOption().setLabel("Digitales Bürgerbüro"));
        page.locator("#kind").selectOption(new SelectOption().setLabel("führt ein"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Zuordnen"))
                .click();
        Locator projects = page.locator("#projects");
        assertThat(projects).containsText("Das Projekt wurde zugeordnet.");
        assertThat(projects).containsText("führt ein: Digitales Bürgerbüro");
        assertAccessible();

        projects.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Digitales Bürgerbüro"))
                .click();
        assertThat(page.getByRole(
                        AriaRole.REGION,
                        new Page.GetByRoleOptions().setName("Anwendungen, die dieses Projekt einführt")))
                .containsText(name);
        assertAccessible();

        // the contract for the new application, and its notice deadline in the calendar
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name)).click();
        assertAccessible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Vertrag hinzufügen"))
                .click();
        assertAccessible();
        page.locator("#contractor").fill("Fornitore Privato SPA");
        page.locator("#startsOn").fill("2025-01-01");
        page.locator("#endsOn")
                .fill(LocalDate.now()
                        .plusMonths(5)
                        .with(TemporalAdjusters.lastDayOfMonth())
                        .toString());
        page.locator("#noticePeriodMonths").fill("3");
        page.locator("#maintenanceCosts").fill("4.800,00");
        page.locator("#notifyEmail").fill("it-vertraege@musterstadt.example");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Speichern"))
                .click();
        assertThat(page.locator("#contract-table")).containsText("Fornitore Privato SPA");
        assertAccessible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Zu den Anwendungen"))
                .click();
        assertAccessible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Vertragskalender"))
                .click();
        assertThat(page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(name)))
                .containsText("Fornitore Privato SPA");
        assertAccessible();
    }

    @Test
    void showsTheLandscapeByDepartmentAndWhoTalksToWhom() {
        logIn("rat@musterstadt.example", "demo");
        assertAccessible();
        page.navigate("/applications");
        assertAccessible();
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Landschaft").setExact(true))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Landschaft nach Organisationseinheit");
        assertThat(page.getByRole(
                                AriaRole.REGION,
                                new Page.GetByRoleOptions().setName("Bürgeramt").setExact(false))
                        .first())
                .containsText("Einwohnermeldewesen");
        assertAccessible();

        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Schnittstellen").setExact(true))
                .click();
        assertThat(page.getByRole(
                        AriaRole.IMG,
                        new Page.GetByRoleOptions().setName("Schnittstellen: wer mit wem Daten austauscht")))
                .isVisible();
        assertThat(page.locator("#interface-table")).containsText("Wählerverzeichnis aus dem Melderegister");
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(java.nio.file.Path.of("target", "interface-graph.png"))
                .setFullPage(true));
        assertAccessible();
        String schools = page.locator("#department option", new Page.LocatorOptions().setHasText("Schulverwaltungsamt"))
                .getAttribute("value");
        page.locator("#department").selectOption(schools);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Anzeigen"))
                .click();
        assertThat(page.locator("#interface-table")).containsText("Schulpflichtige Kinder");
        assertThat(page.locator("#interface-table")).not().containsText("Wählerverzeichnis aus dem Melderegister");
        assertAccessible();
    }
}
