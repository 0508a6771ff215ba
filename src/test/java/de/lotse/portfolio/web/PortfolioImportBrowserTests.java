package de.lotse.portfolio.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import de.lotse.BrowserTest;
import de.lotse.platform.sheets.Spreadsheets;
import de.lotse.portfolio.GoalFixture;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The CDO downloads the template, uploads a filled-in file with a wrong date, finds the row and column
 * in the table of errors, uploads the corrected file and sees what was created.
 */
class PortfolioImportBrowserTests extends BrowserTest {

    private static final List<String> HEADERS =
            List.of("Titel", "Phase", "Ziele", "Geplanter Beginn", "Geplantes Ende");

    @Autowired
    GoalFixture goals;

    @Test
    void cdoFixesTheRowTheImportNamesAndImportsTheFile() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String goal = "Digitale Schule " + suffix;
        goals.musterstadtGoal(goal);

        logIn("cdo@musterstadt.example", "demo");
        assertAccessible();
        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Hauptnavigation"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Portfolio"))
                .click();
        assertAccessible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Importieren"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Maßnahmen importieren");
        assertAccessible();

        Download template = page.waitForDownload(
                () -> page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Vorlage herunterladen (XLSX)"))
                        .click());
        org.assertj.core.api.Assertions.assertThat(Spreadsheets.rowTexts(Files.readAllBytes(template.path()), 0, 0))
                .contains("Kennung", "Titel", "Beschreibung", "Ziele", "Geplantes Ende");

        upload(file(suffix, goal, "kein Datum"));
        Locator problems = page.getByRole(
                AriaRole.TABLE, new Page.GetByRoleOptions().setName("Fehler der Datei nach Zeile und Spalte"));
        assertThat(page.getByRole(AriaRole.ALERT))
                .containsText("Die Datei enthält einen Fehler; nichts wurde gespeichert.");
        assertThat(problems.locator("tbody tr")).hasCount(1);
        assertThat(problems.locator("tbody tr td").nth(0)).hasText("3");
        assertThat(problems.locator("tbody tr td").nth(1)).hasText("Geplantes Ende");
        assertThat(problems.locator("tbody tr td").nth(2))
                .hasText("„kein Datum“ ist kein Datum (zum Beispiel 31.12.2026).");
        assertAccessible();

        upload(file(suffix, goal, "31.12.2027"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Import abgeschlossen");
        Locator summary = page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Ergebnis des Imports"));
        assertThat(summary.getByRole(AriaRole.ROW, new Locator.GetByRoleOptions().setName("Neu angelegt 2")))
                .isVisible();
        assertThat(summary.getByRole(AriaRole.ROW, new Locator.GetByRoleOptions().setName("Unverändert 0")))
                .isVisible();
        assertAccessible();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Zum Portfolio"))
                .click();
        assertAccessible();
        page.getByLabel("Suchbegriff").fill(suffix);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Filtern"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("2 Maßnahmen gefunden.");
        assertAccessible();
    }

    private void upload(byte[] file) {
        page.getByLabel("Excel-Datei (XLSX)")
                .setInputFiles(new FilePayload("massnahmen.xlsx", de.lotse.platform.TableFile.XLSX, file));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Prüfen und importieren"))
                .click();
    }

    private static byte[] file(String suffix, String goal, String secondEnd) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of("Tablets für die Grundschulen " + suffix, "Konzept", goal, "01.02.2026", "31.07.2027"));
        rows.add(List.of("Schul-WLAN " + suffix, "Idee", "", "2026-01-01", secondEnd));
        return Spreadsheets.xlsx(HEADERS, rows);
    }
}
