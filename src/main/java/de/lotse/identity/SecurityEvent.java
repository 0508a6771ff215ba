package de.lotse.identity;

import de.lotse.tenancy.MunicipalityId;
import java.time.Instant;
import java.util.UUID;

/**
 * Something that happened to a person's access, published for the record: who did it, to which
 * account, in which municipality, from where.
 *
 * @param kind what happened
 * @param at when
 * @param municipality the municipality it concerns; none for an operator or an unknown account
 * @param actorId who did it; none when nobody was logged in (a failed login)
 * @param actorName the actor's display name at the time
 * @param accountId the account it concerns; none for a failed login with an unknown e-mail
 * @param accountName that account's display name at the time
 * @param emailHash for an unknown e-mail only: its SHA-256 hash, so repeated attempts can be told apart
 * @param clientAddress the client's address, truncated (IPv4 /24, IPv6 /48)
 * @param detail what else there is to know (login method, old and new role, token name)
 */
public record SecurityEvent(
        Kind kind,
        Instant at,
        MunicipalityId municipality,
        UUID actorId,
        String actorName,
        UUID accountId,
        String accountName,
        String emailHash,
        String clientAddress,
        String detail) {

    /** The kinds of security events. */
    public enum Kind {
        LOGIN,
        LOGIN_FAILED,
        ROLE_CHANGED,
        MEMBERSHIP_DEACTIVATED,
        MEMBERSHIP_REACTIVATED,
        PASSWORD_RESET,
        TOKEN_CREATED,
        TOKEN_REVOKED,
        MUNICIPALITY_SWITCHED,
        INVITED,
        INVITATION_ACCEPTED,
        INVITATION_DECLINED,
        INVITATION_WITHDRAWN,
        PASSWORD_RESET_BY_LINK
    }
}
