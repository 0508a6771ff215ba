package de.lotse.operator;

import de.lotse.identity.UserAccounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Creates the installation's first operator from {@code LOTSE_OPERATOR_EMAIL} and
 * {@code LOTSE_OPERATOR_PASSWORD} when no account with that e-mail exists. There is no default
 * operator password.
 */
@Component
class OperatorBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(OperatorBootstrap.class);

    private final UserAccounts accounts;
    private final Environment environment;

    OperatorBootstrap(UserAccounts accounts, Environment environment) {
        this.accounts = accounts;
        this.environment = environment;
    }

    @Override
    public void run(ApplicationArguments args) {
        String email = environment.getProperty("lotse.operator.email");
        String password = environment.getProperty("lotse.operator.password");
        if (!StringUtils.hasText(email)) {
            return;
        }
        if (!StringUtils.hasText(password) || password.length() < 12) {
            throw new IllegalStateException(
                    "LOTSE_OPERATOR_PASSWORD must be set with at least 12 characters to create the operator " + email);
        }
        if (accounts.createOperatorIfMissing(email, "Betrieb", password)) {
            log.info("Created the operator account {}", email);
        }
    }
}
