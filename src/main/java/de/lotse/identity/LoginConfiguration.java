package de.lotse.identity;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The login with e-mail and password: throttled, and upgrading old password hashes as people log in. */
@Configuration(proxyBeanMethods = false)
class LoginConfiguration {

    private static final Logger log = LoggerFactory.getLogger(LoginConfiguration.class);

    @Bean
    AuthenticationProvider passwordLogin(
            AccountUserDetailsService accounts, PasswordEncoder encoder, LoginThrottle throttle) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(accounts);
        passwords.setPasswordEncoder(encoder);
        passwords.setUserDetailsPasswordService((user, newHash) -> {
            try {
                return accounts.updatePassword(user, newHash);
            } catch (RuntimeException e) {
                // e.g. two logins of the same person at once; the next login tries again
                log.warn("Could not store the upgraded password hash of an account", e);
                return user;
            }
        });
        // a disabled account is told only after its password was checked, and in the same words
        // and time as a wrong password
        passwords.setPreAuthenticationChecks(user -> {});
        passwords.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
        return new ThrottledLogin(passwords, throttle, encoder);
    }

    @Bean
    PasswordPolicy passwordPolicy() {
        return PasswordPolicy.withShippedList();
    }
}
