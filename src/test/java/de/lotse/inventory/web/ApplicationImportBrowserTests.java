package de.lotse.inventory.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import de.lotse.BrowserTest;
import de.lotse.platform.TableFile;
import de.lotse.platform.sheets.Spreadsheets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The CDO downloads the template from the application list, uploads a filled-in file with an unknown
 * lifecycle, finds the row and column in the table of errors, uploads the corrected file and finds
 * the new applications, one the other's successor, in the list.
 */
class ApplicationImportBrowserTests extends BrowserTest {

    private static final List<String> HEADERS = List.of("Name", "Hersteller", "Lebenszyklus", "Nachfolger");

    @Test
    void cdoFixesTheRowTheImportNamesAndImportsTheFile() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 6);

        logIn("cdo@musterstadt.example", "demo");
        assertAccessible();
        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Hauptnavigation"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Anwendungen"))
                .click();
        assertAccessible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Importieren"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Anwendungen importieren");
        assertAccessible();

        Download template = page.waitForDownload(
                () -> page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Vorlage herunterladen (XLSX)"))
                        .click());
        org.assertj.core.api.Assertions.assertThat(Spreadsheets.rowTexts(Files.readAllBytes(template.path()), 0, 0))
                .contains("Kennung", "Name", "Organisationseinheiten", "Lebenszyklus", "Nachfolger");

        upload(file(suffix, "bald"));
        Locator problems = page.getByRole(
                AriaRole.TABLE, new Page.GetByRoleOptions().setName("Fehler der Datei nach Zeile und Spalte"));
        assertThat(page.getByRole(AriaRole.ALERT))
                .containsText("Die Datei enthält einen Fehler; nichts wurde gespeichert.");
        assertThat(problems.locator("tbody tr")).hasCount(1);
        assertThat(problems.locator("tbody tr td").nth(0)).hasText("3");
        assertThat(problems.locator("tbody tr td").nth(1)).hasText("Lebenszyklus");
        assertThat(problems.locator("tbody tr td").nth(2)).hasText("Einen Lebenszyklus „bald“ gibt es nicht.");
        assertAccessible();

        upload(file(suffix, "geplant"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Import abgeschlossen");
        Locator summary = page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Ergebnis des Imports"));
        assertThat(summary.getByRole(AriaRole.ROW, new Locator.GetByRoleOptions().setName("Neu angelegt 2")))
                .isVisible();
        assertAccessible();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Zu den Anwendungen"))
                .click();
        assertAccessible();
        page.getByLabel("Suche (Name, Hersteller, Produkt, Zweck)").fill(suffix);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Filtern"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("2 Anwendungen gefunden.");
        assertAccessible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Altverfahren " + suffix))
                .click();
        assertThat(page.getByText("Neues Verfahren " + suffix).first()).isVisible();
        assertAccessible();
    }

    private void upload(byte[] file) {
        page.getByLabel("Excel-Datei (XLSX)").setInputFiles(new FilePayload("anwendungen.xlsx", TableFile.XLSX, file));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Prüfen und importieren"))
                .click();
    }

    private static byte[] file(String suffix, String lifecycle) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of("Neues Verfahren " + suffix, "Dataport", "im Einsatz", ""));
        rows.add(List.of("Altverfahren " + suffix, "Altanbieter", lifecycle, "Neues Verfahren " + suffix));
        return Spreadsheets.xlsx(HEADERS, rows);
    }
}
