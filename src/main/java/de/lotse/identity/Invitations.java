package de.lotse.identity;

import de.lotse.platform.RecordNotFoundException;
import de.lotse.tenancy.CurrentTenant;
import de.lotse.tenancy.MunicipalityId;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Invitations of existing accounts into a municipality: the administrator invites, the account's
 * owner accepts or declines at their next login, and only accepting creates the membership. Like
 * memberships, invitations have no row-level security, so every query names the municipality (for
 * its administrators) or the invitee (for the person).
 */
@Service
@Transactional
public class Invitations {

    private final JdbcClient jdbc;
    private final UserAccountRepository accounts;
    private final SecurityEvents events;
    private final Clock clock;

    Invitations(JdbcClient jdbc, UserAccountRepository accounts, SecurityEvents events, Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
    }

    /**
     * An invitation not yet accepted, declined or withdrawn.
     *
     * @param id the invitation
     * @param municipality the municipality that invites
     * @param municipalityName its name
     * @param email the invited person's e-mail address
     * @param displayName the invited person's name
     * @param role the role the person will have
     * @param invitedBy the name of who invited, or null when unknown
     * @param invitedAt when
     */
    public record Pending(
            UUID id,
            UUID municipality,
            String municipalityName,
            String email,
            String displayName,
            Role role,
            String invitedBy,
            Instant invitedAt) {}

    /** Records an invitation; the caller has checked that the account may be invited. */
    void create(
            UserAccount invitee,
            MunicipalityId municipality,
            Role role,
            Collection<UUID> departments,
            CurrentUser inviter) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into invitation (id, municipality_id, user_account_id, role, invited_by, invited_by_name,"
                        + " invited_at) values (:id, :municipality, :account, :role, :by, :byName, :at)")
                .param("id", id)
                .param("municipality", municipality.value())
                .param("account", invitee.id().value())
                .param("role", role.name())
                .param("by", inviter == null ? null : inviter.id().value())
                .param("byName", inviter == null ? null : inviter.displayName())
                .param("at", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .update();
        for (UUID department : departments) {
            jdbc.sql("insert into invitation_department (invitation_id, department_id) values (:id, :department)")
                    .param("id", id)
                    .param("department", department)
                    .update();
        }
        publish(
                SecurityEvent.Kind.INVITED,
                municipality,
                inviter,
                invitee.id().value(),
                invitee.displayName(),
                role.name());
    }

    /** Whether the account has a pending invitation into the municipality. */
    @Transactional(readOnly = true)
    boolean pending(UserAccountId account, MunicipalityId municipality) {
        return jdbc.sql("select count(*) from invitation where user_account_id = :account"
                                + " and municipality_id = :municipality")
                        .param("account", account.value())
                        .param("municipality", municipality.value())
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** The pending invitations of a municipality, as its administrators see them, newest first. */
    @Transactional(readOnly = true)
    public List<Pending> ofMunicipality(MunicipalityId municipality) {
        return query("i.municipality_id = :key", municipality.value());
    }

    /** The pending invitations of a person, newest first. */
    @Transactional(readOnly = true)
    public List<Pending> of(CurrentUser person) {
        return query("i.user_account_id = :key", person.id().value());
    }

    /**
     * Whether the person has a pending invitation to decide now (one cheap query, asked after each
     * login); not while they still have to replace a one-time password, which comes first.
     */
    @Transactional(readOnly = true)
    boolean toDecideNow(CurrentUser person) {
        return jdbc.sql("select exists (select 1 from invitation i join user_account a on a.id = i.user_account_id"
                        + " where i.user_account_id = :account and not a.must_change_password)")
                .param("account", person.id().value())
                .query(Boolean.class)
                .single();
    }

    /**
     * The person accepts an invitation: the membership is created with the invited role and
     * department limits.
     *
     * @throws RecordNotFoundException when the person has no such invitation (also when it was just
     *     accepted, declined or withdrawn elsewhere)
     */
    public void accept(CurrentUser person, UUID invitation) {
        List<UUID> departments = jdbc.sql("select department_id from invitation_department where invitation_id = :id")
                .param("id", invitation)
                .query(UUID.class)
                .list();
        Resolved resolved =
                resolve(invitation, "user_account_id = :key", person.id().value());
        UserAccount account = accounts.findById(person.id()).orElseThrow();
        account.grant(new Membership(resolved.municipality(), resolved.role()));
        account.limitToDepartments(resolved.municipality(), resolved.role() == Role.EDITOR ? departments : List.of());
        accounts.saveAndFlush(account);
        publish(
                SecurityEvent.Kind.INVITATION_ACCEPTED,
                resolved.municipality(),
                person,
                person.id().value(),
                person.displayName(),
                resolved.role().name());
    }

    /** The person declines an invitation; nothing else changes. */
    public void decline(CurrentUser person, UUID invitation) {
        Resolved resolved =
                resolve(invitation, "user_account_id = :key", person.id().value());
        publish(
                SecurityEvent.Kind.INVITATION_DECLINED,
                resolved.municipality(),
                person,
                person.id().value(),
                person.displayName(),
                resolved.role().name());
    }

    /** An administrator withdraws an invitation of their municipality. */
    public void withdraw(CurrentUser actor, MunicipalityId municipality, UUID invitation) {
        Resolved resolved = resolve(invitation, "municipality_id = :key", municipality.value());
        UserAccount invitee = accounts.findById(resolved.invitee()).orElseThrow();
        publish(
                SecurityEvent.Kind.INVITATION_WITHDRAWN,
                municipality,
                actor,
                invitee.id().value(),
                invitee.displayName(),
                resolved.role().name());
    }

    /**
     * Publishes an event of the current municipality at once (it stands or falls with the change);
     * one of another municipality after the commit, when that municipality certainly exists (an
     * operator invites the first administrator of a municipality registered in the same
     * transaction) and the change certainly happened.
     */
    private void publish(
            SecurityEvent.Kind kind,
            MunicipalityId municipality,
            CurrentUser actor,
            UUID accountId,
            String accountName,
            String detail) {
        Runnable publication = () -> events.publish(kind, municipality, actor, accountId, accountName, detail);
        if (municipality.equals(CurrentTenant.get().orElse(null))
                || !TransactionSynchronizationManager.isSynchronizationActive()) {
            publication.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                publication.run();
            }
        });
    }

    /** An invitation taken off the table. */
    private record Resolved(MunicipalityId municipality, UserAccountId invitee, Role role) {}

    /** Deletes the invitation if it belongs to the given owner: of two at once, only one finds it. */
    private Resolved resolve(UUID invitation, String owner, UUID key) {
        return jdbc.sql("delete from invitation where id = :id and " + owner
                        + " returning municipality_id, user_account_id, role")
                .param("id", invitation)
                .param("key", key)
                .query((row, number) -> new Resolved(
                        new MunicipalityId(row.getObject("municipality_id", UUID.class)),
                        new UserAccountId(row.getObject("user_account_id", UUID.class)),
                        Role.valueOf(row.getString("role"))))
                .optional()
                .orElseThrow(() -> new RecordNotFoundException("invitation", invitation));
    }

    private List<Pending> query(String where, UUID key) {
        return jdbc.sql("select i.id, i.municipality_id, m.name, a.email, a.display_name, i.role, i.invited_by_name,"
                        + " i.invited_at from invitation i join municipality m on m.id = i.municipality_id"
                        + " join user_account a on a.id = i.user_account_id where " + where
                        + " order by i.invited_at desc, i.id")
                .param("key", key)
                .query((row, number) -> new Pending(
                        row.getObject("id", UUID.class),
                        row.getObject("municipality_id", UUID.class),
                        row.getString("name"),
                        row.getString("email"),
                        row.getString("display_name"),
                        Role.valueOf(row.getString("role")),
                        row.getString("invited_by_name"),
                        row.getObject("invited_at", OffsetDateTime.class).toInstant()))
                .list();
    }
}
