package de.lotse.platform.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import de.lotse.BrowserTest;
import org.junit.jupiter.api.Test;

/** A logged-in person finds their way around the shell: language, keyboard, phone, wrong addresses. */
class WebShellBrowserTests extends BrowserTest {

    private static final Page.GetByRoleOptions MAIN_HEADING = new Page.GetByRoleOptions().setLevel(1);

    @Test
    void switchesBetweenGermanAndEnglish() {
        logIn("cdo@musterstadt.example", "demo");
        assertThat(page.locator("html")).hasAttribute("lang", "de");
        assertAccessible();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("English"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, MAIN_HEADING)).hasText("Hello, Dana Albers");
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log out")))
                .isVisible();
        assertAccessible();

        page.navigate("/");
        assertThat(page.getByRole(AriaRole.HEADING, MAIN_HEADING)).hasText("Hello, Dana Albers");
        assertAccessible();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Deutsch"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, MAIN_HEADING)).hasText("Guten Tag, Dana Albers");
        assertAccessible();
    }

    @Test
    void anAddressWithoutPageShowsTheNotFoundPageInTheLayout() {
        logIn("redaktion@musterstadt.example", "demo");
        assertAccessible();

        page.navigate("/gibt-es-nicht");
        assertThat(page.getByRole(AriaRole.HEADING, MAIN_HEADING)).hasText("Seite nicht gefunden");
        assertThat(page.getByRole(AriaRole.BANNER)).containsText("Musterstadt");
        assertAccessible();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Zur Startseite"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, MAIN_HEADING)).hasText("Guten Tag, Jonas Becker");
        assertAccessible();
    }

    @Test
    void keyboardUsersSkipTheHeader() {
        logIn("lotse@musterstadt.example", "demo");
        assertAccessible();

        page.keyboard().press("Tab");
        var skipLink = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Zum Inhalt springen"));
        assertThat(skipLink).isFocused();
        assertThat(skipLink).isInViewport();
        page.keyboard().press("Enter");
        assertThat(page.locator("main")).isFocused();
        assertAccessible();
    }

    @Test
    void fitsOnAPhoneWithoutSideways() {
        page.setViewportSize(360, 740);
        logIn("cdo@musterstadt.example", "demo");
        assertThat(page.getByRole(AriaRole.HEADING, MAIN_HEADING)).isVisible();
        Object overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth");
        assertThat(((Number) overflow).intValue()).isLessThanOrEqualTo(0);
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Abmelden")))
                .isInViewport();
        assertAccessible();
    }
}
