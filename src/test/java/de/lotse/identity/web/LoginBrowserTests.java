package de.lotse.identity.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.options.AriaRole;
import de.lotse.BrowserTest;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A newcomer opens Lotse, mistypes the password, logs in to Musterstadt and logs out again. */
class LoginBrowserTests extends BrowserTest {

    @Test
    void newcomerLogsInToTheDemoMunicipalityAndOut() {
        page.navigate("/");
        assertThat(page).hasURL(Pattern.compile("/login$"));
        assertThat(page.getByRole(
                        AriaRole.HEADING, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Demo-Betrieb")))
                .isVisible();
        assertThat(page.getByText("cdo@musterstadt.example")).isVisible();
        assertAccessible();

        page.getByLabel("E-Mail-Adresse").fill("cdo@musterstadt.example");
        page.getByLabel("Passwort").fill("falsch");
        page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Anmelden"))
                .click();
        assertThat(page).hasURL(Pattern.compile("/login\\?error$"));
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("nicht richtig");
        assertAccessible();

        page.getByLabel("E-Mail-Adresse").fill("cdo@musterstadt.example");
        page.getByLabel("Passwort").fill("demo");
        page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Anmelden"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new com.microsoft.playwright.Page.GetByRoleOptions().setLevel(1)))
                .hasText("Guten Tag, Dana Albers");
        assertThat(page.getByRole(AriaRole.BANNER)).containsText("Musterstadt");
        assertThat(page.getByRole(AriaRole.BANNER)).containsText("Administration");
        assertAccessible();

        page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Abmelden"))
                .click();
        assertThat(page).hasURL(Pattern.compile("/login\\?logout$"));
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("abgemeldet");
        assertAccessible();

        page.navigate("/");
        assertThat(page).hasURL(Pattern.compile("/login$"));
        assertAccessible();
    }

    @Test
    void everyDemoRoleLogsInAndSeesItsRole() {
        logIn("rat@musterstadt.example", "demo");
        assertThat(page.getByRole(AriaRole.BANNER)).containsText("Lesezugriff");
        assertThat(page.getByRole(AriaRole.BANNER)).containsText("Musterstadt");
        assertAccessible();
    }
}
