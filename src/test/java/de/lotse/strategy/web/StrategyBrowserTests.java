package de.lotse.strategy.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import de.lotse.BrowserTest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The CDO builds the strategy: a field of action, a goal with an indicator and a measured value. */
class StrategyBrowserTests extends BrowserTest {

    @Autowired
    Clock clock;

    @Test
    void cdoCreatesAFieldAGoalAnIndicatorAndAValueAndSeesThemOnTheStrategyPage() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String fieldName = "Digitale Bildung " + suffix;
        String goalTitle = "Jede Schule nutzt eine Lernplattform " + suffix;
        logIn("cdo@musterstadt.example", "demo");
        assertAccessible();

        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Hauptnavigation"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Strategie"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Strategie");
        assertThat(page.locator("main")).containsText("Musterstadt 2030");
        assertThat(page.locator("main")).containsText("Alle Verwaltungsleistungen sind online erreichbar");
        assertAccessible();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Neues Handlungsfeld"))
                .click();
        assertAccessible();
        page.locator("#name").fill(fieldName);
        page.locator("#description").fill("Lernen mit digitalen Werkzeugen in allen Schulen.");
        page.getByLabel("Farbe").selectOption(new SelectOption().setLabel("Petrol"));
        save();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText(fieldName);
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("gespeichert");
        assertAccessible();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Neues Ziel"))
                .click();
        assertAccessible();
        page.locator("#title").fill(goalTitle);
        page.locator("#departmentId").selectOption(new SelectOption().setLabel("– Schulverwaltungsamt"));
        page.locator("#targetDate").fill("2029-07-31");
        save();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText(goalTitle);
        assertThat(page.locator("main")).containsText("Schulverwaltungsamt");
        assertThat(page.locator("main")).containsText(fieldName);
        assertAccessible();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Neue Kennzahl"))
                .click();
        assertAccessible();
        page.locator("#name").fill("Schulen mit Lernplattform");
        page.locator("#unit").fill("Schulen");
        page.getByLabel("Höhere Werte sind besser").check();
        page.locator("#baselineValue").fill("4");
        page.locator("#baselineDate").fill("2025-01-01");
        page.locator("#targetValue").fill("2");
        page.locator("#targetDate").fill("2029-07-31");
        save();
        // the rule shows next to the field, the input stays
        assertThat(page.locator("#targetValue-error")).containsText("über dem Ausgangswert");
        assertThat(page.locator("#baselineValue")).hasValue("4");
        assertAccessible();
        page.locator("#targetValue").fill("24");
        save();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Schulen mit Lernplattform");
        assertThat(page.locator("main")).containsText("Noch keine Messwerte.");
        assertAccessible();

        page.locator("#measuredOn").fill(LocalDate.now(clock).minusDays(1).toString());
        page.locator("#value").fill("9,5");
        page.locator("#source").fill("Schulträgerbefragung");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Messwert speichern"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Messwert wurde gespeichert");
        Locator table = page.getByRole(AriaRole.TABLE);
        assertThat(table).containsText("9,5 Schulen");
        assertThat(table).containsText("Schulträgerbefragung");
        assertThat(page.locator("main")).containsText("28 % des Weges");
        assertAccessible();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Verlauf der Änderungen"))
                .click();
        assertThat(page.locator("main")).containsText("Schulen mit Lernplattform");
        assertAccessible();

        page.navigate("/strategy");
        Locator goal = page.getByRole(AriaRole.ARTICLE, new Page.GetByRoleOptions().setName(goalTitle));
        assertThat(goal).containsText("Verantwortlich: Schulverwaltungsamt");
        assertThat(goal).containsText("Schulen mit Lernplattform");
        assertThat(goal).containsText("Zuletzt gemessen 9,5 Schulen");
        assertThat(goal).containsText("28 % des Weges geschafft.");
        assertAccessible();
    }

    private void save() {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Speichern"))
                .click();
    }
}
