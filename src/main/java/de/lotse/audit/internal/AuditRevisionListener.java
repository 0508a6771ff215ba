package de.lotse.audit.internal;

import de.lotse.identity.CurrentUser;
import java.time.Clock;
import org.hibernate.envers.RevisionListener;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Names the author of a revision (the logged-in person, or "system" for background work) and its
 * time, from the application's clock rather than the system's. Hibernate makes it through Spring's
 * bean container, which gives it the clock.
 */
public class AuditRevisionListener implements RevisionListener {

    private final Clock clock;

    public AuditRevisionListener(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void newRevision(Object revisionEntity) {
        AuditRevision revision = (AuditRevision) revisionEntity;
        revision.setChangedAt(clock.instant());
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user) {
            revision.setAuthor(user.id().value(), user.displayName());
        } else {
            revision.setAuthor(null, AuditRevision.SYSTEM);
        }
    }
}
