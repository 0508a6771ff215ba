package de.lotse.audit;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;

/**
 * One change of one record.
 *
 * @param revision the number of the transaction that made the change; one transaction can change
 *     several records
 * @param at when, in German time
 * @param authorId the account of the person who made it, {@code null} for background work
 * @param authorName the person's display name at the time, or {@code "system"}
 * @param recordType the kind of record, its table name such as {@code department}
 * @param recordId the record's id
 * @param recordName the record's latest name, where its type has names, else {@code null}
 * @param kind created, changed or deleted
 * @param changes the properties that changed, in the table's column order
 */
public record AuditEntry(
        long revision,
        ZonedDateTime at,
        UUID authorId,
        String authorName,
        String recordType,
        String recordId,
        String recordName,
        ChangeKind kind,
        List<PropertyChange> changes) {

    /** Whether background work rather than a person made the change. */
    public boolean bySystem() {
        return authorId == null;
    }
}
