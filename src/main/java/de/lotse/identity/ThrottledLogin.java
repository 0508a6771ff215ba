package de.lotse.identity;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Checks e-mail and password only while neither the account nor the client address is locked. A
 * locked login is refused exactly like a wrong password (same exception, so the same redirect and
 * message) and after as much work (one password hash), so that neither the answer nor its timing
 * tells whether an account exists, is locked, or the password was right.
 */
class ThrottledLogin implements AuthenticationProvider {

    private static final Logger log = LoggerFactory.getLogger(ThrottledLogin.class);

    private final AuthenticationProvider passwords;
    private final LoginThrottle throttle;
    private final PasswordEncoder encoder;
    private volatile String unusedHash;

    ThrottledLogin(AuthenticationProvider passwords, LoginThrottle throttle, PasswordEncoder encoder) {
        this.passwords = passwords;
        this.throttle = throttle;
        this.encoder = encoder;
    }

    @Override
    public Authentication authenticate(Authentication login) throws AuthenticationException {
        LoginThrottle.Attempt attempt;
        try {
            attempt = throttle.begin(login.getName(), clientAddress(login));
        } catch (DataAccessException e) {
            // without the count no login: a database outage must not switch the throttle off
            throw new InternalAuthenticationServiceException("failed logins cannot be counted", e);
        }
        if (attempt.locked()) {
            encoder.matches(String.valueOf(login.getCredentials()), unusedHash());
            throw new BadCredentialsException("Bad credentials");
        }
        Authentication authenticated = passwords.authenticate(login);
        try {
            throttle.succeeded(attempt);
        } catch (DataAccessException e) {
            log.warn("Could not reset the failed logins of an account after its login", e);
        }
        return authenticated;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private static String clientAddress(Authentication login) {
        return login.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
    }

    private String unusedHash() {
        String hash = unusedHash;
        if (hash == null) {
            hash = encoder.encode("a password no one has");
            unusedHash = hash;
        }
        return hash;
    }
}
