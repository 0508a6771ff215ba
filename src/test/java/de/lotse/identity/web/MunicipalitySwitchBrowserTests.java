package de.lotse.identity.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import de.lotse.BrowserTest;
import de.lotse.identity.Membership;
import de.lotse.identity.Role;
import de.lotse.identity.UserAccount;
import de.lotse.identity.UserAccountRepository;
import de.lotse.tenancy.TenantFixture;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/** A person of Musterstadt and Beispielhausen switches between them in the header. */
class MunicipalitySwitchBrowserTests extends BrowserTest {

    private static final String PASSWORD = "ein langes Passwort für Tests";

    @Autowired
    UserAccountRepository accounts;

    @Autowired
    PasswordEncoder passwordEncoder;

    /**
     * A person of Musterstadt and Beispielhausen, with an address of neither: other tests rely on no
     * Musterstadt address being listed in Beispielhausen.
     */
    private UserAccount personOf(Role inMusterstadt, Role inBeispielhausen) {
        UserAccount account = new UserAccount(
                "zwei-kommunen-" + UUID.randomUUID() + "@zweckverband.example",
                "Test Person",
                passwordEncoder.encode(PASSWORD));
        account.grant(new Membership(tenants.musterstadt(), inMusterstadt));
        account.grant(new Membership(tenants.beispielhausen(), inBeispielhausen));
        return accounts.save(account);
    }

    @Autowired
    TenantFixture tenants;

    @Test
    void aPersonOfTwoMunicipalitiesSwitchesInTheHeader() {
        UserAccount person = personOf(Role.EDITOR, Role.ADMIN);

        logIn(person.email(), PASSWORD);
        assertThat(page.getByLabel("Kommune, in der Sie arbeiten"))
                .hasValue(tenants.beispielhausen().value().toString());
        assertThat(page.locator(".lotse-user__role")).hasText("Administration");
        assertAccessible();

        page.getByLabel("Kommune, in der Sie arbeiten")
                .selectOption(tenants.musterstadt().value().toString());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Kommune wechseln"))
                .click();
        assertThat(page.getByLabel("Kommune, in der Sie arbeiten"))
                .hasValue(tenants.musterstadt().value().toString());
        assertThat(page.locator(".lotse-user__role")).hasText("Redaktion");
        assertAccessible();

        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Hauptnavigation"))
                .getByRole(
                        AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Organisation"))
                .click();
        assertThat(page.locator("main")).containsText("Hauptamt");
        assertThat(page.locator("main")).not().containsText("Fachbereich 1");
        assertAccessible();
    }
}
