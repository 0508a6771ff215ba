package de.lotse.demo;

import de.lotse.identity.Membership;
import de.lotse.identity.Role;
import de.lotse.identity.UserAccount;
import de.lotse.identity.UserAccountRepository;
import de.lotse.tenancy.CurrentTenant;
import de.lotse.tenancy.Municipality;
import de.lotse.tenancy.MunicipalityRepository;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Creates the demo municipalities Musterstadt and Beispielhausen with their demo users and
 * organisation when demo mode is on and the database holds no municipality yet. The demo users exist
 * only in demo mode.
 */
@Component
@ConditionalOnBooleanProperty("lotse.demo")
class DemoMunicipality implements ApplicationRunner {

    static final String PASSWORD = "demo";

    /** Musterstadt's demo users by e-mail, with their display name and role. */
    static final Map<String, Map.Entry<String, Role>> USERS = Map.of(
            "cdo@musterstadt.example", Map.entry("Dana Albers", Role.ADMIN),
            "redaktion@musterstadt.example", Map.entry("Jonas Becker", Role.EDITOR),
            "lotse@musterstadt.example", Map.entry("Aylin Demir", Role.PILOT),
            "rat@musterstadt.example", Map.entry("Petra Hoffmann", Role.VIEWER));

    static final String BEISPIELHAUSEN_ADMIN = "cdo@beispielhausen.example";

    /** The demo operator of the installation: belongs to no municipality. */
    static final String OPERATOR = "betrieb@lotse.example";

    private static final Logger log = LoggerFactory.getLogger(DemoMunicipality.class);

    private final MunicipalityRepository municipalities;
    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final DemoOrganisation organisation;
    private final DemoMunicipalGroup group;
    private final DemoStrategy strategy;
    private final DemoPortfolio portfolio;
    private final DemoMoney money;
    private final DemoInventory inventory;
    private final DemoContracts contracts;
    private final DemoApplicationProjects applicationProjects;
    private final DemoServices services;
    private final java.time.Clock clock;
    private final TransactionTemplate transaction;

    DemoMunicipality(
            MunicipalityRepository municipalities,
            UserAccountRepository accounts,
            PasswordEncoder passwordEncoder,
            DemoOrganisation organisation,
            DemoMunicipalGroup group,
            DemoStrategy strategy,
            DemoPortfolio portfolio,
            DemoMoney money,
            DemoInventory inventory,
            DemoContracts contracts,
            DemoApplicationProjects applicationProjects,
            DemoServices services,
            java.time.Clock clock,
            TransactionTemplate transaction) {
        this.municipalities = municipalities;
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.organisation = organisation;
        this.group = group;
        this.strategy = strategy;
        this.portfolio = portfolio;
        this.money = money;
        this.inventory = inventory;
        this.contracts = contracts;
        this.applicationProjects = applicationProjects;
        this.services = services;
        this.clock = clock;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        createIfDatabaseIsEmpty();
    }

    /** Creates the demo data on an empty database; answers whether it did. */
    boolean createIfDatabaseIsEmpty() {
        List<Municipality> created = transaction.execute(status -> {
            if (municipalities.count() > 0) {
                return List.of();
            }
            // fictional municipalities; their keys are not official AGS
            Municipality musterstadt = municipalities.save(new Municipality("Musterstadt", "00000000", "musterstadt"));
            Municipality beispielhausen =
                    municipalities.save(new Municipality("Beispielhausen", "00000001", "beispielhausen"));
            String passwordHash = passwordEncoder.encode(PASSWORD);
            USERS.forEach(
                    (email, person) -> account(email, person.getKey(), passwordHash, musterstadt, person.getValue()));
            account(BEISPIELHAUSEN_ADMIN, "Lea Schmidt", passwordHash, beispielhausen, Role.ADMIN);
            UserAccount operator = new UserAccount(OPERATOR, "Betrieb Kommunales Rechenzentrum", passwordHash);
            operator.makeOperator();
            accounts.save(operator);
            return List.of(musterstadt, beispielhausen);
        });
        if (created.isEmpty()) {
            return false;
        }
        CurrentTenant.callAs(created.get(0).id(), () -> transaction.execute(status -> organisation.musterstadt()));
        CurrentTenant.callAs(created.get(1).id(), () -> transaction.execute(status -> organisation.beispielhausen()));
        CurrentTenant.callAs(created.get(0).id(), () -> transaction.execute(status -> group.musterstadt()));
        CurrentTenant.callAs(created.get(1).id(), () -> transaction.execute(status -> group.beispielhausen()));
        CurrentTenant.callAs(created.get(0).id(), () -> transaction.execute(status -> strategy.musterstadt()));
        CurrentTenant.callAs(created.get(1).id(), () -> transaction.execute(status -> strategy.beispielhausen()));
        CurrentTenant.callAs(created.get(0).id(), () -> transaction.execute(status -> portfolio.musterstadt()));
        CurrentTenant.callAs(created.get(1).id(), () -> transaction.execute(status -> portfolio.beispielhausen()));
        CurrentTenant.callAs(created.get(0).id(), () -> transaction.execute(status -> inventory.musterstadt()));
        CurrentTenant.callAs(created.get(1).id(), () -> transaction.execute(status -> inventory.beispielhausen()));
        CurrentTenant.callAs(created.get(0).id(), () -> transaction.execute(status -> contracts.musterstadt()));
        CurrentTenant.callAs(created.get(1).id(), () -> transaction.execute(status -> contracts.beispielhausen()));
        CurrentTenant.callAs(
                created.get(0).id(), () -> transaction.execute(status -> applicationProjects.musterstadt()));
        CurrentTenant.callAs(
                created.get(1).id(), () -> transaction.execute(status -> applicationProjects.beispielhausen()));
        CurrentTenant.callAs(created.get(0).id(), () -> transaction.execute(status -> money.musterstadt()));
        CurrentTenant.callAs(created.get(1).id(), () -> transaction.execute(status -> money.beispielhausen()));
        int year = java.time.LocalDate.now(clock).getYear();
        CurrentTenant.callAs(created.get(0).id(), () -> transaction.execute(status -> services.musterstadt(year)));
        CurrentTenant.callAs(created.get(1).id(), () -> transaction.execute(status -> services.beispielhausen()));
        log.info("Created the demo municipalities Musterstadt and Beispielhausen;"
                + " log in as cdo@musterstadt.example with the password 'demo'");
        return true;
    }

    private void account(String email, String name, String passwordHash, Municipality municipality, Role role) {
        UserAccount account = new UserAccount(email, name, passwordHash);
        account.grant(new Membership(municipality.id(), role));
        accounts.save(account);
    }
}
