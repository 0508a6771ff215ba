package de.lotse.identity.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import de.lotse.BrowserTest;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The CDO adds a colleague and hands over the one-time password; the colleague logs in with it and
 * is made to choose their own password before anything else.
 */
class UserBrowserTests extends BrowserTest {

    @Test
    void cdoAddsAColleagueWhoSetsTheirOwnPassword() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String email = "kollegin-" + suffix + "@musterstadt.example";
        String name = "Kollegin " + suffix;
        logIn("cdo@musterstadt.example", "demo");
        assertAccessible();

        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Hauptnavigation"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Benutzer"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Benutzer");
        assertThat(page.locator("main")).containsText("redaktion@musterstadt.example");
        assertAccessible();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Person hinzufügen"))
                .click();
        assertAccessible();
        page.getByLabel("Name").fill(name);
        page.getByLabel("E-Mail-Adresse").fill(email);
        page.getByLabel("Rolle").selectOption("EDITOR");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Hinzufügen"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText(name);
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Einmalpasswort");
        String oneTimePassword =
                page.locator("#one-time-password").textContent().strip();
        assertAccessible();

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Abmelden"))
                .click();
        assertThat(page).hasURL(Pattern.compile("/login\\?logout$"));
        assertAccessible();

        logIn(email, oneTimePassword);
        assertThat(page).hasURL(Pattern.compile("/account/password$"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Eigenes Passwort vergeben");
        assertAccessible();

        page.getByLabel("Neues Passwort", new Page.GetByLabelOptions().setExact(true))
                .fill("zu kurz");
        page.getByLabel("Neues Passwort wiederholen").fill("zu kurz");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Passwort speichern"))
                .click();
        assertThat(page.locator("#newPassword-error")).containsText("zu kurz");
        assertAccessible();

        String password = "Mit dem Fahrrad zum Rathaus am Markt";
        page.getByLabel("Neues Passwort", new Page.GetByLabelOptions().setExact(true))
                .fill(password);
        page.getByLabel("Neues Passwort wiederholen").fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Passwort speichern"))
                .click();
        assertThat(page).hasURL(Pattern.compile("/$"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Guten Tag, " + name);
        assertThat(page.getByRole(AriaRole.BANNER)).containsText("Redaktion");
        assertAccessible();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Mein Konto"))
                .click();
        assertThat(page.getByLabel("E-Mail-Adresse")).hasValue(email);
        assertAccessible();
    }
}
