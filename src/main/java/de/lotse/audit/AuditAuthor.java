package de.lotse.audit;

import java.util.UUID;

/**
 * Someone who appears in the audit trail, for choosing by person.
 *
 * @param id the account, {@code null} for background work
 * @param name the display name they had at their latest change
 */
public record AuditAuthor(UUID id, String name) {}
