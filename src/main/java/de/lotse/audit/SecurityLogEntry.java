package de.lotse.audit;

import de.lotse.identity.SecurityEvent;
import java.time.ZonedDateTime;
import java.util.UUID;

/**
 * One security event of the current municipality as administrators see it.
 *
 * @param at when, in German time
 * @param kind what happened
 * @param actorId who did it (none for a failed login)
 * @param actorName their name at the time
 * @param accountId the account it concerned
 * @param accountName that account's name at the time
 * @param clientAddress the client's truncated address
 * @param detail login method, old and new role, or token name
 */
public record SecurityLogEntry(
        ZonedDateTime at,
        SecurityEvent.Kind kind,
        UUID actorId,
        String actorName,
        UUID accountId,
        String accountName,
        String clientAddress,
        String detail) {}
