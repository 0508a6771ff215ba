package de.lotse.demo;

import de.lotse.identity.Membership;
import de.lotse.identity.Role;
import de.lotse.identity.UserAccount;
import de.lotse.identity.UserAccountRepository;
import de.lotse.tenancy.Municipality;
import de.lotse.tenancy.MunicipalityRepository;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates the demo municipality Musterstadt and its demo users when demo mode is on and the
 * database holds no municipality yet. The demo users exist only in demo mode.
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

    private static final Logger log = LoggerFactory.getLogger(DemoMunicipality.class);

    private final MunicipalityRepository municipalities;
    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;

    DemoMunicipality(
            MunicipalityRepository municipalities, UserAccountRepository accounts, PasswordEncoder passwordEncoder) {
        this.municipalities = municipalities;
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        createIfDatabaseIsEmpty();
    }

    @Transactional
    boolean createIfDatabaseIsEmpty() {
        if (municipalities.count() > 0) {
            return false;
        }
        // a fictional municipality; its key is not an official AGS
        Municipality musterstadt = municipalities.save(new Municipality("Musterstadt", "00000000", "musterstadt"));
        String passwordHash = passwordEncoder.encode(PASSWORD);
        USERS.forEach((email, person) -> {
            UserAccount account = new UserAccount(email, person.getKey(), passwordHash);
            account.grant(new Membership(musterstadt.id(), person.getValue()));
            accounts.save(account);
        });
        log.info(
                "Created the demo municipality Musterstadt; log in as cdo@musterstadt.example with the password 'demo'");
        return true;
    }
}
