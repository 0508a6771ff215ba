package de.lotse.demo;

import com.jayway.jsonpath.JsonPath;
import de.lotse.HttpSession;
import de.lotse.identity.Membership;
import de.lotse.identity.Role;
import de.lotse.identity.UserAccount;
import de.lotse.identity.UserAccountRepository;
import de.lotse.tenancy.CurrentTenant;
import de.lotse.tenancy.Municipality;
import de.lotse.tenancy.MunicipalityId;
import de.lotse.tenancy.MunicipalityRepository;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Supplier;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A municipality of its own for tests that throw bad input and simultaneous requests at every
 * address: it has the demo content of Beispielhausen and an administrator, so whatever those tests
 * create or change lands here and never in the demo municipalities other tests read.
 */
@Component
public class ProbeMunicipality {

    public static final String ADMIN = "cdo@pruefstadt.example";
    public static final String PASSWORD = "pruefstadt-probe";
    private static final String SLUG = "pruefstadt";

    private final MunicipalityRepository municipalities;
    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final DemoOrganisation organisation;
    private final DemoMunicipalGroup group;
    private final DemoStrategy strategy;
    private final DemoPortfolio portfolio;
    private final DemoMoney money;
    private final DemoInventory inventory;
    private final DemoContracts contracts;
    private final DemoApplicationProjects applicationProjects;
    private final DemoServices services;
    private String token;

    ProbeMunicipality(
            MunicipalityRepository municipalities,
            UserAccountRepository accounts,
            PasswordEncoder passwordEncoder,
            TransactionTemplate transaction,
            Clock clock,
            DemoOrganisation organisation,
            DemoMunicipalGroup group,
            DemoStrategy strategy,
            DemoPortfolio portfolio,
            DemoMoney money,
            DemoInventory inventory,
            DemoContracts contracts,
            DemoApplicationProjects applicationProjects,
            DemoServices services) {
        this.municipalities = municipalities;
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.transaction = transaction;
        this.clock = clock;
        this.organisation = organisation;
        this.group = group;
        this.strategy = strategy;
        this.portfolio = portfolio;
        this.money = money;
        this.inventory = inventory;
        this.contracts = contracts;
        this.applicationProjects = applicationProjects;
        this.services = services;
    }

    /** The municipality, created with its content and administrator on first use. */
    public synchronized MunicipalityId id() {
        return municipalities.findBySlug(SLUG).map(Municipality::id).orElseGet(this::create);
    }

    /** A personal API token of the administrator, made on first use. */
    public synchronized String token(int port) {
        if (token == null) {
            id();
            HttpResponse<String> created = HttpSession.loggedIn(port, ADMIN, PASSWORD)
                    .postJsonWithCsrf(
                            "/api/v1/me/tokens",
                            "{\"name\": \"Prüfung\", \"expiresOn\": \""
                                    + LocalDate.now(clock).plusDays(30) + "\"}");
            if (created.statusCode() != 201) {
                throw new IllegalStateException("no token for " + ADMIN + ": " + created.body());
            }
            token = JsonPath.read(created.body(), "$.token");
        }
        return token;
    }

    /** The administrator logged in through the login form. */
    public HttpSession admin(int port) {
        id();
        return HttpSession.loggedIn(port, ADMIN, PASSWORD);
    }

    private MunicipalityId create() {
        // a fictional key like the demo's, outside the official directory
        Municipality municipality = transaction.execute(status -> {
            Municipality created = municipalities.save(new Municipality("Prüfstadt", "00000347", SLUG));
            UserAccount admin = new UserAccount(ADMIN, "Pia Prüfer", passwordEncoder.encode(PASSWORD));
            admin.grant(new Membership(created.id(), Role.ADMIN));
            accounts.save(admin);
            return created;
        });
        MunicipalityId id = municipality.id();
        fill(id, organisation::beispielhausen);
        fill(id, group::beispielhausen);
        fill(id, strategy::beispielhausen);
        fill(id, portfolio::beispielhausen);
        fill(id, inventory::beispielhausen);
        fill(id, contracts::beispielhausen);
        fill(id, applicationProjects::beispielhausen);
        fill(id, money::beispielhausen);
        fill(id, services::beispielhausen);
        return id;
    }

    private void fill(MunicipalityId id, Supplier<?> content) {
        CurrentTenant.callAs(id, () -> transaction.execute(status -> content.get()));
    }
}
