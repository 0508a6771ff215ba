package de.lotse.identity;

import de.lotse.tenancy.MunicipalityId;
import java.security.SecureRandom;
import java.util.Locale;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates people's accounts: with a one-time password that they must change at their first login. */
@Service
@Transactional
public class UserAccounts {

    /** Letters and digits that cannot be mistaken for each other when read out or typed. */
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final SecureRandom random = new SecureRandom();
    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;

    UserAccounts(UserAccountRepository accounts, PasswordEncoder passwordEncoder) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
    }

    /**
     * An account just made or given access, with the one-time password to hand over.
     *
     * @param account the account
     * @param oneTimePassword the password to give the person; empty when the account existed and
     *     keeps its password
     */
    public record Invitation(UserAccount account, String oneTimePassword) {}

    /**
     * Gives a person a role in a municipality: makes the account with a one-time password if there
     * is none for the e-mail address yet, otherwise adds the membership.
     */
    public Invitation invite(String email, String displayName, MunicipalityId municipality, Role role) {
        String normalised = email.strip().toLowerCase(Locale.ROOT);
        return accounts.findByEmail(normalised)
                .map(existing -> {
                    existing.grant(new Membership(municipality, role));
                    return new Invitation(accounts.save(existing), "");
                })
                .orElseGet(() -> {
                    String password = oneTimePassword();
                    UserAccount account = new UserAccount(normalised, displayName.strip(), null);
                    account.setOneTimePasswordHash(passwordEncoder.encode(password));
                    account.grant(new Membership(municipality, role));
                    return new Invitation(accounts.save(account), password);
                });
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
