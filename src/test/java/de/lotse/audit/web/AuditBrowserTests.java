package de.lotse.audit.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import de.lotse.BrowserTest;
import de.lotse.identity.CurrentUser;
import de.lotse.tenancy.Department;
import de.lotse.tenancy.DepartmentData;
import de.lotse.tenancy.DepartmentLevel;
import de.lotse.tenancy.Departments;
import de.lotse.tenancy.TenantFixture;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The CDO changes a unit and finds the change in its history and in the change log. */
class AuditBrowserTests extends BrowserTest {

    @Autowired
    TenantFixture tenants;

    @Autowired
    Departments departments;

    @Autowired
    UserDetailsService users;

    @Test
    void cdoSeesTheirChangeInTheHistoryAndInTheChangeLog() {
        String name = "Stabsstelle Nachvollziehbarkeit "
                + UUID.randomUUID().toString().substring(0, 6);
        Department unit = tenants.as(
                tenants.musterstadt(),
                () -> departments.create(new DepartmentData(name, null, DepartmentLevel.STAFF_UNIT, null, null, null)));
        String cdo = ((CurrentUser) users.loadUserByUsername("cdo@musterstadt.example")).displayName();
        logIn("cdo@musterstadt.example", "demo");
        assertAccessible();

        page.navigate("/departments/" + unit.id());
        assertAccessible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Bearbeiten"))
                .click();
        assertAccessible();
        page.getByLabel("Leitung").fill("Frau Yilmaz");
        page.getByLabel("Ebene").selectOption("UNIT");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Speichern"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("gespeichert");
        assertAccessible();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Verlauf der Änderungen"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Verlauf: " + name);
        Locator newest = page.locator("ol.lotse-history > li").first();
        assertThat(newest.getByRole(AriaRole.HEADING)).containsText("Geändert von " + cdo);
        assertThat(newest.getByRole(AriaRole.TABLE)).containsText("Frau Yilmaz");
        assertThat(newest.getByRole(AriaRole.TABLE)).containsText("Stabsstelle");
        assertThat(newest.getByRole(AriaRole.TABLE)).containsText("Abteilung");
        assertThat(page.locator("ol.lotse-history > li").last().getByRole(AriaRole.HEADING))
                .containsText("Angelegt von System");
        assertAccessible();

        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Hauptnavigation"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Änderungsprotokoll"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Änderungsprotokoll");
        assertAccessible();

        page.getByLabel("Person").selectOption(new SelectOption().setLabel(cdo));
        page.getByLabel("Art des Datensatzes").selectOption(new SelectOption().setLabel("Organisationseinheit"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Filtern"))
                .click();
        assertThat(page).hasURL(Pattern.compile("/audit\\?.*type=department"));
        Locator firstRow = page.locator("tbody tr").first();
        assertThat(firstRow).containsText(name);
        assertThat(firstRow).containsText("Frau Yilmaz");
        assertThat(firstRow).containsText(cdo);
        assertAccessible();
    }
}
