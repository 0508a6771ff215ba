package de.lotse.identity;

import de.lotse.platform.InvalidFieldException;
import de.lotse.platform.TransactionLocks;
import de.lotse.tenancy.MunicipalityId;
import java.security.SecureRandom;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates people's accounts, with a one-time password that they must change at their first login,
 * and invites existing accounts into a municipality.
 */
@Service
@Transactional
public class UserAccounts {

    /** Letters and digits that cannot be mistaken for each other when read out or typed. */
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final SecureRandom random = new SecureRandom();
    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final Invitations invitations;
    private final TransactionLocks locks;

    UserAccounts(
            UserAccountRepository accounts,
            PasswordEncoder passwordEncoder,
            Invitations invitations,
            TransactionLocks locks) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.invitations = invitations;
        this.locks = locks;
    }

    /**
     * An account just made, or an existing account invited.
     *
     * @param account the account
     * @param oneTimePassword the password to give the person; empty when the account existed and
     *     keeps its password
     * @param awaitsAcceptance whether the account existed, so that it gets the membership only when
     *     its owner accepts the invitation
     */
    public record Invitation(UserAccount account, String oneTimePassword, boolean awaitsAcceptance) {}

    /**
     * Gives a person a role in a municipality: makes the account with a one-time password and the
     * membership if there is no account for the e-mail address yet; otherwise invites the existing
     * account, whose owner decides. An operator's account is never invited.
     *
     * @param departments the departments an editor is limited to (already checked by the caller)
     * @param inviter who invites; null when unknown
     * @throws InvalidFieldException on field {@code email} for an operator, a member or a person
     *     already invited
     */
    public Invitation invite(
            String email,
            String displayName,
            MunicipalityId municipality,
            Role role,
            Collection<UUID> departments,
            CurrentUser inviter) {
        String normalised = email.strip().toLowerCase(Locale.ROOT);
        // invitations of one address wait for each other: of twenty at once, one makes the account
        // or the invitation and the others find it (instead of failing on the unique key)
        locks.lock("invite", normalised);
        Optional<UserAccount> existing = accounts.findByEmail(normalised);
        if (existing.isPresent()) {
            UserAccount account = existing.get();
            if (account.operator()) {
                throw new InvalidFieldException("email", "user.error.operator");
            }
            if (account.membershipIn(municipality).isPresent()) {
                throw new InvalidFieldException("email", "user.error.already-member");
            }
            if (invitations.pending(account.id(), municipality)) {
                throw new InvalidFieldException("email", "user.error.already-invited");
            }
            // the invitation is written by SQL: what JPA holds back (e.g. a municipality registered
            // in this transaction) must be in the database first
            accounts.flush();
            invitations.create(account, municipality, role, departments, inviter);
            return new Invitation(account, "", true);
        }
        String password = oneTimePassword();
        UserAccount account = new UserAccount(normalised, displayName.strip(), null);
        account.setOneTimePasswordHash(passwordEncoder.encode(password));
        account.grant(new Membership(municipality, role));
        account.limitToDepartments(municipality, departments);
        return new Invitation(accounts.saveAndFlush(account), password, false);
    }

    /**
     * Makes an operator account with the given password, unless an account with this e-mail exists;
     * answers whether it made one.
     */
    public boolean createOperatorIfMissing(String email, String displayName, String password) {
        String normalised = email.strip().toLowerCase(Locale.ROOT);
        if (accounts.findByEmail(normalised).isPresent()) {
            return false;
        }
        UserAccount account = new UserAccount(normalised, displayName, passwordEncoder.encode(password));
        account.makeOperator();
        accounts.save(account);
        return true;
    }

    /** 16 characters from 56: about 93 bits, enough for a password that lives until first login. */
    String oneTimePassword() {
        StringBuilder password = new StringBuilder(19);
        for (int i = 0; i < 16; i++) {
            if (i > 0 && i % 4 == 0) {
                password.append('-');
            }
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
