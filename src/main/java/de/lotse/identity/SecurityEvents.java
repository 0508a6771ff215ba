package de.lotse.identity;

import de.lotse.identity.SecurityEvent.Kind;
import de.lotse.tenancy.MunicipalityId;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Publishes the security events of this module, with the time and the client's truncated address. */
@Component
class SecurityEvents {

    static final String PASSWORD = "password";
    static final String SINGLE_SIGN_ON = "oidc";

    private final ApplicationEventPublisher publisher;
    private final UserAccountRepository accounts;
    private final Clock clock;

    SecurityEvents(ApplicationEventPublisher publisher, UserAccountRepository accounts, Clock clock) {
        this.publisher = publisher;
        this.accounts = accounts;
        this.clock = clock;
    }

    @EventListener
    public void loggedIn(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof CurrentUser person) {
            String method = event.getAuthentication() instanceof SingleSignOnAuthentication ? SINGLE_SIGN_ON : PASSWORD;
            publish(Kind.LOGIN, person.municipality(), person, person.id().value(), person.displayName(), method);
        }
    }

    @EventListener
    public void loginFailed(AbstractAuthenticationFailureEvent event) {
        loginFailed(event.getAuthentication().getName(), PASSWORD);
    }

    /**
     * A failed login: recorded in every municipality the account belongs to, or once without one.
     * Called outside transactions, so that each record is written even though the login failed.
     */
    public void loginFailed(String email, String method) {
        String normalised = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        Optional<UserAccount> account = normalised.isEmpty() ? Optional.empty() : accounts.findByEmail(normalised);
        if (account.isEmpty() || account.get().memberships().isEmpty()) {
            publisher.publishEvent(new SecurityEvent(
                    Kind.LOGIN_FAILED,
                    clock.instant(),
                    null,
                    null,
                    null,
                    account.map(a -> a.id().value()).orElse(null),
                    account.map(UserAccount::displayName).orElse(null),
                    account.isPresent() || normalised.isEmpty() ? null : Sha256.hex(normalised),
                    clientAddress(),
                    method));
            return;
        }
        for (Membership membership : account.get().memberships()) {
            publish(
                    Kind.LOGIN_FAILED,
                    membership.municipality(),
                    null,
                    account.get().id().value(),
                    account.get().displayName(),
                    method);
        }
    }

    /** Something an administrator or the person themself did to an account. */
    public void publish(
            Kind kind,
            MunicipalityId municipality,
            CurrentUser actor,
            UUID accountId,
            String accountName,
            String detail) {
        publisher.publishEvent(new SecurityEvent(
                kind,
                clock.instant(),
                municipality,
                actor == null ? null : actor.id().value(),
                actor == null ? null : actor.displayName(),
                accountId,
                accountName,
                null,
                clientAddress(),
                detail));
    }

    /** The client's address without the part that names one household: IPv4 /24, IPv6 /48. */
    static String truncated(String address) {
        if (address == null || address.isBlank() || !address.matches("[0-9a-fA-F:.]+")) {
            return null;
        }
        try {
            byte[] bytes = InetAddress.getByName(address).getAddress();
            int keep = bytes.length == 4 ? 3 : 6;
            for (int i = keep; i < bytes.length; i++) {
                bytes[i] = 0;
            }
            return InetAddress.getByAddress(bytes).getHostAddress() + (bytes.length == 4 ? "/24" : "/48");
        } catch (UnknownHostException e) {
            return null;
        }
    }

    private static String clientAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request) {
            return truncated(request.getRequest().getRemoteAddr());
        }
        return null;
    }
}
