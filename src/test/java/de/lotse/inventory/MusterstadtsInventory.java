package de.lotse.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import de.lotse.tenancy.TenantFixture;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Two applications of Musterstadt with an interface between them, for the isolation and role
 * tests: made before a test, checked to be unchanged after it.
 */
@Component
public class MusterstadtsInventory {

    public static final String NAME = "Geheimes Fachverfahren";

    private final TenantFixture tenants;
    private final Applications applications;
    private final ApplicationInterfaces interfaces;

    private Application application;
    private Application other;
    private ApplicationInterface link;

    MusterstadtsInventory(TenantFixture tenants, Applications applications, ApplicationInterfaces interfaces) {
        this.tenants = tenants;
        this.applications = applications;
        this.interfaces = interfaces;
    }

    public void create() {
        tenants.as(tenants.musterstadt(), () -> {
            application = applications.create(ApplicationData.named(NAME + " " + UUID.randomUUID()));
            other = applications.create(ApplicationData.named("Geheimer Empfänger " + UUID.randomUUID()));
            link = interfaces.create(application.id(), new ApplicationInterfaceData(other.id(), "Geheime Daten"));
            return null;
        });
    }

    /** Puts the ids in place of {application}, {other-application} and {interface}. */
    public String fill(String template) {
        if (application == null) {
            return template;
        }
        return template.replace("{application}", application.id().toString())
                .replace("{other-application}", other.id().toString())
                .replace("{interface}", link.id().toString());
    }

    public void assertUnchanged() {
        tenants.as(tenants.musterstadt(), () -> {
            Application after = applications.get(application.id());
            assertThat(after.name()).isEqualTo(application.name());
            assertThat(after.version()).isEqualTo(application.version());
            assertThat(interfaces.of(application.id())).singleElement().satisfies(found -> {
                assertThat(found.exchanges()).isEqualTo("Geheime Daten");
                assertThat(found.version()).isEqualTo(link.version());
            });
            return null;
        });
    }
}
