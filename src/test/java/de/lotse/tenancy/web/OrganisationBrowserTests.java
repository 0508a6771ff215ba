package de.lotse.tenancy.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import de.lotse.BrowserTest;
import de.lotse.tenancy.Department;
import de.lotse.tenancy.DepartmentData;
import de.lotse.tenancy.DepartmentId;
import de.lotse.tenancy.Departments;
import de.lotse.tenancy.TenantFixture;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The CDO maintains the organisation: a new unit below an office, a change, a conflict, removal. */
class OrganisationBrowserTests extends BrowserTest {

    @Autowired
    TenantFixture tenants;

    @Autowired
    Departments departments;

    @Test
    void cdoAddsChangesAndRemovesAUnit() {
        String name =
                "Abteilung Digitale Dienste " + UUID.randomUUID().toString().substring(0, 6);
        logIn("cdo@musterstadt.example", "demo");
        assertAccessible();

        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Hauptnavigation"))
                .getByRole(
                        AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Organisation"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Organisation");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Bürgeramt")))
                .isVisible();
        assertAccessible();

        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Hauptamt").setExact(true))
                .click();
        assertAccessible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Untereinheit anlegen"))
                .click();
        assertAccessible();

        page.getByLabel("Name").fill("");
        page.getByLabel("E-Mail-Adresse").fill("keine Adresse");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Speichern"))
                .click();
        assertThat(page.locator("#name-error")).isVisible();
        assertThat(page.locator("#contactEmail-error")).isVisible();
        assertAccessible();

        page.getByLabel("Name").fill(name);
        page.getByLabel("Kürzel").fill("10.5");
        page.getByLabel("Ebene").selectOption("UNIT");
        page.getByLabel("E-Mail-Adresse").fill("digitale-dienste@musterstadt.example");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Speichern"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText(name);
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("gespeichert");
        assertThat(page.locator("main")).containsText("Hauptamt");
        assertAccessible();

        // someone else renames the unit while the CDO edits it
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Bearbeiten"))
                .click();
        assertAccessible();
        DepartmentId id = DepartmentId.parse(page.url().replaceAll(".*/departments/([^/]+)/edit$", "$1"));
        tenants.as(tenants.musterstadt(), () -> {
            Department current = departments.get(id);
            DepartmentData data = current.data();
            return departments.update(
                    id,
                    current.version(),
                    new DepartmentData(
                            name + " (umbenannt)", data.shortName(), data.level(), data.parent(), "Frau Berger", null));
        });
        page.getByLabel("Leitung").fill("Herr Okafor");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Speichern"))
                .click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Zwischenzeitlich geändert");
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Frau Berger");
        assertThat(page.getByLabel("Leitung")).hasValue("Herr Okafor");
        assertAccessible();

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Speichern"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("gespeichert");
        assertThat(page.locator("main")).containsText("Herr Okafor");
        assertAccessible();

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Deaktivieren"))
                .click();
        assertThat(page.locator("main")).containsText("deaktiviert");
        assertAccessible();

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Löschen"))
                .click();
        assertThat(page).hasURL(Pattern.compile("/departments$"));
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("gelöscht");
        assertThat(page.getByText(name)).hasCount(0);
        assertAccessible();
    }

    @Test
    void councilMemberReadsTheOrganisationWithoutChangingIt() {
        logIn("rat@musterstadt.example", "demo");
        assertAccessible();
        page.navigate("/departments");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Jugendamt")))
                .isVisible();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Neue Organisationseinheit")))
                .hasCount(0);
        assertAccessible();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Jugendamt"))
                .click();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Bearbeiten")))
                .hasCount(0);
        assertAccessible();

        page.navigate("/departments/new");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Kein Zugriff");
        assertAccessible();
    }
}
