package de.lotse.tenancy;

import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The municipality whose data the current thread may see and change: the one the logged-in person
 * acts in, or the one a background task names explicitly with {@link #callAs}. Never taken from a
 * request parameter. Database connections and Hibernate sessions are bound to it when they start.
 */
public final class CurrentTenant {

    private static final ThreadLocal<MunicipalityId> EXPLICIT = new ThreadLocal<>();

    private CurrentTenant() {}

    /** The current municipality, if there is one. */
    public static Optional<MunicipalityId> get() {
        MunicipalityId explicit = EXPLICIT.get();
        if (explicit != null) {
            return Optional.of(explicit);
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof TenantMember member) {
            return Optional.ofNullable(member.municipality());
        }
        return Optional.empty();
    }

    /** The current municipality; fails when there is none. */
    public static MunicipalityId require() {
        return get().orElseThrow(() -> new IllegalStateException("no current municipality"));
    }

    /**
     * Runs work for one municipality outside a request, e.g. in a job or when creating demo data.
     * Start transactions inside the work, not around it: a connection is bound to the municipality
     * that is current when the transaction begins.
     */
    public static <T> T callAs(MunicipalityId municipality, Supplier<T> work) {
        MunicipalityId previous = EXPLICIT.get();
        EXPLICIT.set(municipality);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                EXPLICIT.remove();
            } else {
                EXPLICIT.set(previous);
            }
        }
    }
}
