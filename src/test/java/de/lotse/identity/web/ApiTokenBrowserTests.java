package de.lotse.identity.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import de.lotse.BrowserTest;
import org.junit.jupiter.api.Test;

/** An editor makes a token for another system, copies it, and later revokes it. */
class ApiTokenBrowserTests extends BrowserTest {

    @Test
    void editorMakesAndRevokesAToken() {
        logIn("redaktion@musterstadt.example", "demo");
        assertAccessible();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("API-Tokens"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("API-Tokens");
        assertAccessible();

        page.getByLabel("Wofür ist das Token?").fill("Ratsinformationssystem");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Token erstellen"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("nur dieses eine Mal");
        assertThat(page.locator("#new-token")).containsText("lotse_");
        assertThat(page.getByRole(AriaRole.ROW, new Page.GetByRoleOptions().setName("Ratsinformationssystem")))
                .containsText("noch nie");
        assertAccessible();

        page.reload();
        assertThat(page.locator("#new-token")).hasCount(0);
        assertAccessible();

        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Token „Ratsinformationssystem“ widerrufen"))
                .first()
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("widerrufen");
        assertAccessible();
    }
}
