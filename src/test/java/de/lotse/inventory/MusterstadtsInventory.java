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
    private final Contracts contracts;

    private Application application;
    private Application other;
    private ApplicationInterface link;
    private Contract contract;

    MusterstadtsInventory(
            TenantFixture tenants, Applications applications, ApplicationInterfaces interfaces, Contracts contracts) {
        this.tenants = tenants;
        this.applications = applications;
        this.interfaces = interfaces;
        this.contracts = contracts;
    }

    public void create() {
        tenants.as(tenants.musterstadt(), () -> {
            application = applications.create(ApplicationData.named(NAME + " " + UUID.randomUUID()));
            other = applications.create(ApplicationData.named("Geheimer Empfänger " + UUID.randomUUID()));
            link = interfaces.create(application.id(), new ApplicationInterfaceData(other.id(), "Geheime Daten"));
            contract = contracts.create(
                    application.id(),
                    new ContractData(
                            "Geheimer Vertragspartner",
                            java.time.LocalDate.of(2024, 1, 1),
                            java.time.LocalDate.now().plusMonths(4),
                            3,
                            true,
                            12,
                            AnnualCosts.NONE,
                            null,
                            "geheim@musterstadt.example"));
            return null;
        });
    }

    /** Puts the ids in place of {application}, {other-application}, {interface} and {contract}. */
    public String fill(String template) {
        if (application == null) {
            return template;
        }
        return template.replace("{application}", application.id().toString())
                .replace("{other-application}", other.id().toString())
                .replace("{interface}", link.id().toString())
                .replace("{contract}", contract.id().toString());
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
            assertThat(contracts.of(application.id())).singleElement().satisfies(found -> {
                assertThat(found.data().contractor()).isEqualTo("Geheimer Vertragspartner");
                assertThat(found.version()).isEqualTo(contract.version());
            });
            return null;
        });
    }
}
