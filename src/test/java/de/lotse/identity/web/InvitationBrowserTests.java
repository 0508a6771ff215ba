package de.lotse.identity.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import de.lotse.BrowserTest;
import de.lotse.identity.Role;
import de.lotse.identity.UserAccount;
import de.lotse.identity.UserAccountMother;
import de.lotse.identity.UserAdministration;
import de.lotse.tenancy.TenantFixture;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A person invited by a second municipality accepts the invitation after logging in; a visitor who
 * forgot their password asks for a link. Every page checked with axe-core.
 */
class InvitationBrowserTests extends BrowserTest {

    private static final String PASSWORD = "Ein sehr langes Passwort 8";

    @Autowired
    UserAccountMother people;

    @Autowired
    UserAdministration administration;

    @Autowired
    TenantFixture tenants;

    @Test
    void anInvitedPersonAcceptsTheInvitationAfterLoggingIn() {
        UserAccount person = people.sharedEditor(PASSWORD);
        tenants.as(
                tenants.beispielhausen(),
                () -> administration.invite(null, person.email(), "Eingeladen", Role.VIEWER, List.of()));

        logIn(person.email(), PASSWORD);
        assertThat(page).hasURL(Pattern.compile("/account/invitations$"));
        assertThat(page.locator("main")).containsText("Beispielhausen lädt Sie mit der Rolle");
        assertAccessible();

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Einladung von Beispielhausen annehmen"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Sie haben die Einladung angenommen");
        assertAccessible();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Weiter zur Startseite"))
                .click();
        assertThat(page).hasURL(Pattern.compile("/$"));
        assertAccessible();
    }

    @Test
    void aVisitorWhoForgotTheirPasswordAsksForALink() {
        page.navigate("/login");
        assertAccessible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Passwort vergessen?"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Passwort vergessen");
        assertAccessible();

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Link anfordern"))
                .click();
        assertThat(page.locator("#email-error")).containsText("Bitte geben Sie Ihre E-Mail-Adresse an");
        assertAccessible();

        page.getByLabel("E-Mail-Adresse").fill("niemand-" + UUID.randomUUID() + "@musterstadt.example");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Link anfordern"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Bitte sehen Sie in Ihr Postfach");
        assertAccessible();

        page.navigate("/password/reset?token=unbekannt");
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Dieser Link gilt nicht");
        assertAccessible();
    }
}
