package de.lotse.audit;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What an administrator looks for in the audit trail; every part is optional.
 *
 * @param author the account whose changes to show
 * @param systemOnly only changes made by background work (then {@code author} is ignored)
 * @param recordType only records of this kind
 * @param from changes on or after this day (German time)
 * @param to changes on or before this day (German time)
 */
public record AuditFilter(UUID author, boolean systemOnly, String recordType, LocalDate from, LocalDate to) {

    public static AuditFilter none() {
        return new AuditFilter(null, false, null, null, null);
    }
}
