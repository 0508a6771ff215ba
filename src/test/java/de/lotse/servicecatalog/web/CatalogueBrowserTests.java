package de.lotse.servicecatalog.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import de.lotse.BrowserTest;
import org.junit.jupiter.api.Test;

/** A council member looks up a service in the catalogue by its OZG-ID and opens its LeiKa services. */
class CatalogueBrowserTests extends BrowserTest {

    @Test
    void findsAServiceByOzgIdAndOpensIt() {
        logIn("rat@musterstadt.example", "demo");
        assertAccessible();

        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Hauptnavigation"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Leistungskatalog"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Leistungskatalog");
        page.getByText("Bauen & Wohnen (").first().click();
        assertAccessible();

        page.getByLabel("Name, OZG-ID oder LeiKa-Schlüssel").fill("10513");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Suchen"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("gefunden");
        assertAccessible();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Abbruchgenehmigung (10513)"))
                .first()
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Abbruchgenehmigung");
        assertThat(page.getByRole(AriaRole.CELL, new Page.GetByRoleOptions().setName("99012001000000")))
                .isVisible();
        assertAccessible();
    }
}
