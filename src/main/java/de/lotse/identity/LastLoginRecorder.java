package de.lotse.identity;

import java.time.Clock;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Notes when a person last logged in, for the operator's and the administrator's overviews. */
@Component
class LastLoginRecorder {

    private final UserAccountRepository accounts;
    private final Clock clock;

    LastLoginRecorder(UserAccountRepository accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    public void loggedIn(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof CurrentUser person) {
            accounts.findById(person.id()).ifPresent(account -> account.loggedInAt(clock.instant()));
        }
    }
}
