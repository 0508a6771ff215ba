package de.lotse.platform;

import org.springframework.dao.OptimisticLockingFailureException;

/**
 * A change made to an outdated version of a record: someone else changed it in between. Carries the
 * current record, so the person can see what changed before they decide.
 */
public class StaleVersionException extends OptimisticLockingFailureException {

    private final transient Object current;
    private final long currentVersion;

    public StaleVersionException(Object current, long currentVersion) {
        super("the record was changed in the meantime; current version " + currentVersion);
        this.current = current;
        this.currentVersion = currentVersion;
    }

    public Object current() {
        return current;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
