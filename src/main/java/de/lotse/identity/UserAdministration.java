package de.lotse.identity;

import de.lotse.platform.InvalidFieldException;
import de.lotse.platform.RecordNotFoundException;
import de.lotse.platform.StaleVersionException;
import de.lotse.tenancy.CurrentTenant;
import de.lotse.tenancy.DepartmentTree;
import de.lotse.tenancy.Departments;
import de.lotse.tenancy.MunicipalityId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The people of the current municipality as its administrators manage them: list, invite, change
 * role and department limits, deactivate and reactivate, reset the password. Memberships have no
 * row-level security (login reads them before a municipality is known), so every query here names
 * the current municipality explicitly.
 */
@Service
@Transactional
public class UserAdministration {

    /** The roles a person can have in a municipality (operators belong to none). */
    public static final List<Role> ROLES = List.of(Role.ADMIN, Role.EDITOR, Role.PILOT, Role.VIEWER);

    private final UserAccountRepository accounts;
    private final UserAccounts userAccounts;
    private final Departments departments;
    private final PasswordEncoder passwordEncoder;
    private final JdbcClient jdbc;
    private final SecurityEvents events;

    UserAdministration(
            UserAccountRepository accounts,
            UserAccounts userAccounts,
            Departments departments,
            PasswordEncoder passwordEncoder,
            JdbcClient jdbc,
            SecurityEvents events) {
        this.accounts = accounts;
        this.userAccounts = userAccounts;
        this.departments = departments;
        this.passwordEncoder = passwordEncoder;
        this.jdbc = jdbc;
        this.events = events;
    }

    /**
     * What the list of people is narrowed to.
     *
     * @param text part of the name or e-mail address, or empty
     * @param role only this role, or null
     * @param active only active (true) or deactivated (false) people, or null for both
     */
    public record Filter(String text, Role role, Boolean active) {}

    /**
     * A person as a member of the current municipality.
     *
     * @param id the account
     * @param displayName the name
     * @param email the e-mail address
     * @param role the role in the municipality
     * @param active whether the person may log in to the municipality
     * @param lastLoginAt the last login, or null
     * @param version the version of the membership
     * @param departments the departments an editor is limited to (empty: none)
     */
    public record Member(
            UserAccountId id,
            String displayName,
            String email,
            Role role,
            boolean active,
            Instant lastLoginAt,
            long version,
            List<UUID> departments) {}

    /** One page of the municipality's people, sorted by name; filtered and paged in the database. */
    @Transactional(readOnly = true)
    public Page<Member> page(Filter filter, Pageable pageable) {
        MunicipalityId municipality = CurrentTenant.require();
        StringBuilder where = new StringBuilder(" where m.municipality_id = :municipality");
        Map<String, Object> params = new HashMap<>();
        params.put("municipality", municipality.value());
        if (filter.text() != null && !filter.text().isBlank()) {
            where.append(" and (lower(a.display_name) like :text escape '\\' or a.email like :text escape '\\')");
            params.put("text", "%" + escapeLike(filter.text().strip().toLowerCase(Locale.ROOT)) + "%");
        }
        if (filter.role() != null) {
            where.append(" and m.role = :role");
            params.put("role", filter.role().name());
        }
        if (filter.active() != null) {
            where.append(" and m.active = :active");
            params.put("active", filter.active());
        }
        String from = " from membership m join user_account a on a.id = m.user_account_id";
        long total = jdbc.sql("select count(*)" + from + where)
                .params(params)
                .query(Long.class)
                .single();
        List<Member> members = jdbc.sql("select a.id, a.display_name, a.email, m.role, m.active, a.last_login_at,"
                        + " m.version" + from + where
                        + " order by lower(a.display_name), a.email limit :limit offset :offset")
                .params(params)
                .param("limit", pageable.getPageSize())
                .param("offset", pageable.getOffset())
                .query((row, number) -> new Member(
                        new UserAccountId(row.getObject("id", UUID.class)),
                        row.getString("display_name"),
                        row.getString("email"),
                        Role.valueOf(row.getString("role")),
                        row.getBoolean("active"),
                        row.getObject("last_login_at", java.time.OffsetDateTime.class) == null
                                ? null
                                : row.getObject("last_login_at", java.time.OffsetDateTime.class)
                                        .toInstant(),
                        row.getLong("version"),
                        List.of()))
                .list();
        return new PageImpl<>(members, pageable, total);
    }

    /** A person of the current municipality; another municipality's person answers as missing. */
    @Transactional(readOnly = true)
    public Member get(UserAccountId id) {
        UserAccount account = account(id);
        return member(account, membership(account));
    }

    /**
     * Gives a person a role in the current municipality: a new account gets a one-time password and
     * the membership; an existing account (e.g. of another municipality) is invited and gets the
     * membership only when its owner accepts. Operators cannot be invited.
     */
    public UserAccounts.Invitation invite(
            CurrentUser actor, String email, String displayName, Role role, Collection<UUID> departments) {
        MunicipalityId municipality = CurrentTenant.require();
        Set<UUID> limits = departmentLimits(role, departments);
        return userAccounts.invite(email, displayName, municipality, role, limits, actor);
    }

    /**
     * Changes a person's role and department limits in the current municipality. An administrator
     * cannot take their own ADMIN role, and the last active administrator keeps it.
     */
    public Member changeRole(
            CurrentUser actor, UserAccountId id, long expectedVersion, Role role, Collection<UUID> departments) {
        UserAccount account = account(id);
        Membership current = current(account, expectedVersion);
        if (role != Role.ADMIN && current.role() == Role.ADMIN) {
            if (actor.id().equals(id)) {
                throw new InvalidFieldException("role", "user.error.own-admin-role");
            }
            requireAnotherActiveAdmin(id);
        }
        Set<UUID> limits = departmentLimits(role, departments);
        if (current.role() != role
                || !Set.copyOf(account.departmentsIn(current.municipality())).equals(limits)) {
            account.changeMembership(current, role, current.active());
            account.limitToDepartments(current.municipality(), limits);
            accounts.saveAndFlush(account);
            if (current.role() != role) {
                events.publish(
                        SecurityEvent.Kind.ROLE_CHANGED,
                        current.municipality(),
                        actor,
                        id.value(),
                        account.displayName(),
                        current.role() + " → " + role);
            }
        }
        return member(account, membership(account));
    }

    /**
     * Lets a person log in to the current municipality again, or no longer. An administrator cannot
     * deactivate themself, and the last active administrator stays active.
     */
    public Member setActive(CurrentUser actor, UserAccountId id, long expectedVersion, boolean active) {
        UserAccount account = account(id);
        Membership current = current(account, expectedVersion);
        if (!active) {
            if (actor.id().equals(id)) {
                throw new InvalidFieldException("active", "user.error.deactivate-self");
            }
            if (current.role() == Role.ADMIN) {
                requireAnotherActiveAdmin(id);
            }
        }
        if (current.active() != active) {
            account.changeMembership(current, current.role(), active);
            accounts.saveAndFlush(account);
            events.publish(
                    active ? SecurityEvent.Kind.MEMBERSHIP_REACTIVATED : SecurityEvent.Kind.MEMBERSHIP_DEACTIVATED,
                    current.municipality(),
                    actor,
                    id.value(),
                    account.displayName(),
                    current.role().name());
        }
        return member(account, membership(account));
    }

    /**
     * Whether an administrator of the current municipality may reset the person's password: only
     * when all the person's memberships (active or not) are here and the person is no operator.
     * Anybody else resets their password themself ("Passwort vergessen"), or an administrator of one
     * municipality could take over an account that works for another.
     */
    @Transactional(readOnly = true)
    public boolean canResetPassword(UserAccountId id) {
        return resettableHere(account(id));
    }

    private static boolean resettableHere(UserAccount account) {
        MunicipalityId here = CurrentTenant.require();
        return !account.operator()
                && account.memberships().stream().allMatch(m -> m.municipality().equals(here));
    }

    /**
     * Gives a person a new one-time password, which they must replace at their next login; their
     * sessions end. The administrator's own password is changed on the account page; a person who
     * works for another municipality too resets their own (see {@link #canResetPassword}).
     */
    public String resetPassword(CurrentUser actor, UserAccountId id, long expectedVersion) {
        if (actor.id().equals(id)) {
            throw new InvalidFieldException("password", "user.error.reset-self");
        }
        UserAccount account = account(id);
        Membership current = current(account, expectedVersion);
        if (!resettableHere(account)) {
            throw new InvalidFieldException("password", "user.error.reset-self-service");
        }
        String password = userAccounts.oneTimePassword();
        account.setOneTimePasswordHash(passwordEncoder.encode(password));
        account.endSessions();
        // the reset is a change of the membership's record as the administrator sees it
        account.changeMembership(current, current.role(), current.active());
        accounts.saveAndFlush(account);
        events.publish(
                SecurityEvent.Kind.PASSWORD_RESET,
                current.municipality(),
                actor,
                id.value(),
                account.displayName(),
                null);
        return password;
    }

    /** The municipality's department tree, for choosing the departments an editor is limited to. */
    @Transactional(readOnly = true)
    public DepartmentTree departmentTree() {
        return departments.tree();
    }

    private Set<UUID> departmentLimits(Role role, Collection<UUID> requested) {
        if (!ROLES.contains(role)) {
            throw new InvalidFieldException("role", "user.error.unknown-role");
        }
        if (role != Role.EDITOR || requested == null || requested.isEmpty()) {
            return Set.of();
        }
        Set<UUID> known = new java.util.HashSet<>();
        departments
                .tree()
                .entries()
                .forEach(entry -> known.add(entry.department().id().value()));
        Set<UUID> limits = new LinkedHashSet<>(requested);
        if (!known.containsAll(limits)) {
            throw new InvalidFieldException("departmentIds", "user.error.unknown-department");
        }
        return limits;
    }

    /** Locks the municipality's administrators, so that two of them cannot demote each other at once. */
    private void requireAnotherActiveAdmin(UserAccountId except) {
        List<UUID> admins = jdbc.sql("select user_account_id from membership"
                        + " where municipality_id = :municipality and role = 'ADMIN' and active for update")
                .param("municipality", CurrentTenant.require().value())
                .query(UUID.class)
                .list();
        List<UUID> others = new ArrayList<>(admins);
        others.remove(except.value());
        if (others.isEmpty()) {
            throw new InvalidFieldException("role", "user.error.last-admin");
        }
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private UserAccount account(UserAccountId id) {
        MunicipalityId municipality = CurrentTenant.require();
        return accounts.findById(id)
                .filter(account -> account.membershipIn(municipality).isPresent())
                .orElseThrow(() -> new RecordNotFoundException("user", id));
    }

    private static Membership membership(UserAccount account) {
        return account.membershipIn(CurrentTenant.require()).orElseThrow();
    }

    private Membership current(UserAccount account, long expectedVersion) {
        Membership current = membership(account);
        if (current.version() != expectedVersion) {
            throw new StaleVersionException(member(account, current), current.version());
        }
        return current;
    }

    private static Member member(UserAccount account, Membership membership) {
        return new Member(
                account.id(),
                account.displayName(),
                account.email(),
                membership.role(),
                membership.active(),
                account.lastLoginAt(),
                membership.version(),
                account.departmentsIn(membership.municipality()));
    }
}
