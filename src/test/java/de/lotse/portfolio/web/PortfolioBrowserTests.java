package de.lotse.portfolio.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import de.lotse.BrowserTest;
import de.lotse.portfolio.GoalFixture;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The CDO creates a project serving a goal, moves it into the concept phase, writes a status report,
 * and finds the project in the filtered portfolio list, on the board and on the roadmap.
 */
class PortfolioBrowserTests extends BrowserTest {

    @Autowired
    GoalFixture goals;

    @Test
    void cdoCreatesAProjectServingAGoalReportsItsStatusAndFindsIt() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String goal = "Jedes Kind lernt digital " + suffix;
        goals.musterstadtGoal(goal);
        String title = "Tablets für die Grundschulen " + suffix;

        logIn("cdo@musterstadt.example", "demo");
        assertAccessible();
        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Hauptnavigation"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Portfolio"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Portfolio");
        assertAccessible();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Neue Maßnahme"))
                .click();
        assertAccessible();
        page.getByLabel("Titel").fill(title);
        page.getByLabel("Geplanter Beginn").fill("2026-01-01");
        page.getByLabel("Geplantes Ende").fill("2025-12-01");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Speichern"))
                .click();
        assertThat(page.locator("#plannedEnd-error")).containsText("nicht vor dem Beginn");
        assertAccessible();

        page.getByLabel("Geplantes Ende").fill("2027-07-31");
        page.locator("#summary").fill("Klassensätze Tablets und WLAN für alle Grundschulen");
        page.getByLabel(goal, new Page.GetByLabelOptions().setExact(false)).check();
        page.getByLabel("Organisationseinheit")
                .selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("– Schulverwaltungsamt"));
        page.getByLabel("Priorität").selectOption("HIGH");
        page.getByLabel("Bildung", new Page.GetByLabelOptions().setExact(true)).check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Speichern"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText(title);
        assertThat(page.locator("main")).containsText(goal);
        assertAccessible();

        page.getByLabel("In die Phase wechseln").selectOption("CONCEPT");
        page.getByLabel("Anmerkung").fill("Konzept mit den Schulen abgestimmt");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Phase wechseln"))
                .click();
        assertThat(page.locator("main")).containsText("von „Idee“ nach „Konzept“");
        assertAccessible();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Statusbericht schreiben"))
                .first()
                .click();
        assertAccessible();
        page.getByLabel("Gesamtstatus").selectOption("YELLOW");
        page.getByLabel("Termine").selectOption("YELLOW");
        page.getByLabel("Zusammenfassung").fill("Ausschreibung vorbereitet, Lieferzeiten lang");
        page.getByLabel("Entscheidungsbedarf").fill("Freigabe der Mittel für die zweite Welle");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Speichern"))
                .click();
        assertThat(page.locator("main")).containsText("Ausschreibung vorbereitet");
        assertThat(page.locator("main")).containsText("gelb – gefährdet");
        assertAccessible();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Zum Portfolio"))
                .click();
        assertAccessible();
        page.getByLabel("Suchbegriff").fill(suffix);
        page.getByLabel("Status", new Page.GetByLabelOptions().setExact(true)).selectOption("YELLOW");
        page.getByLabel("Phase", new Page.GetByLabelOptions().setExact(true)).selectOption("CONCEPT");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Filtern"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Eine Maßnahme gefunden.");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title)))
                .isVisible();
        assertThat(page.locator("main")).containsText(goal);
        assertAccessible();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tafel nach Phasen"))
                .click();
        Locator concept = page.locator("section[aria-labelledby='phase-CONCEPT']");
        assertThat(concept.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(title)))
                .isVisible();
        assertAccessible();

        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Zeitplan").setExact(true))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Zeitplan");
        assertAccessible();
    }
}
