package de.lotse.audit.internal;

import de.lotse.identity.CurrentUser;
import org.hibernate.envers.RevisionListener;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Names the author of a revision: the logged-in person, or "system" for background work. */
public class AuditRevisionListener implements RevisionListener {

    @Override
    public void newRevision(Object revisionEntity) {
        AuditRevision revision = (AuditRevision) revisionEntity;
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user) {
            revision.setAuthor(user.id().value(), user.displayName());
        } else {
            revision.setAuthor(null, AuditRevision.SYSTEM);
        }
    }
}
