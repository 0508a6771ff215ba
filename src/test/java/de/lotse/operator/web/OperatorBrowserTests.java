package de.lotse.operator.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import de.lotse.BrowserTest;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The operator of a municipal IT service provider adds a municipality from the official directory. */
class OperatorBrowserTests extends BrowserTest {

    @Test
    void operatorAddsAMunicipalityFromTheDirectory() {
        logIn("betrieb@lotse.example", "demo");
        assertThat(page).hasURL(Pattern.compile("/operator$"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Kommunen");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Musterstadt")))
                .isVisible();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Organisation")))
                .hasCount(0);
        assertAccessible();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Kommune anlegen"))
                .click();
        assertAccessible();
        page.getByLabel("Name, Gemeindeschlüssel oder Postleitzahl").fill("Tübingen");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Im Gemeindeverzeichnis suchen"))
                .click();
        assertThat(page.getByRole(AriaRole.TABLE)).containsText("08416041");
        assertAccessible();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile("^Tübingen")))
                .first()
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .containsText("Tübingen");
        assertThat(page.locator("main")).containsText("Baden-Württemberg");
        assertAccessible();

        String slug = "tuebingen-" + System.nanoTime();
        page.getByLabel("Kurzname in Adressen").fill(slug);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Kommune anlegen"))
                .click();
        assertThat(page.locator("#adminName-error")).isVisible();
        assertAccessible();

        page.getByLabel("Kurzname in Adressen").fill(slug);
        page.getByLabel("Name der Person").fill("Erika Beispiel");
        page.getByLabel("E-Mail-Adresse").fill("cdo-" + slug + "@tuebingen.example");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Kommune anlegen"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("wurde angelegt");
        assertThat(page.locator("#one-time-password")).hasText(Pattern.compile("^[A-Za-z0-9]{4}(-[A-Za-z0-9]{4}){3}$"));
        assertAccessible();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Zu den Kommunen"))
                .click();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tübingen")))
                .isVisible();
        assertAccessible();
    }
}
