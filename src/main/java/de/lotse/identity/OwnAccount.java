package de.lotse.identity;

import de.lotse.platform.InvalidFieldException;
import de.lotse.tenancy.MunicipalityRepository;
import java.util.List;
import java.util.Set;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What a person changes on their own account: name, language, password, and ending their sessions. */
@Service
@Transactional
public class OwnAccount {

    /** The languages a person can choose. */
    public static final Set<String> LANGUAGES = Set.of("de", "en");

    private final UserAccountRepository accounts;
    private final MunicipalityRepository municipalities;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy policy;

    OwnAccount(
            UserAccountRepository accounts,
            MunicipalityRepository municipalities,
            PasswordEncoder passwordEncoder,
            PasswordPolicy policy) {
        this.accounts = accounts;
        this.municipalities = municipalities;
        this.passwordEncoder = passwordEncoder;
        this.policy = policy;
    }

    /**
     * The account as its owner sees it.
     *
     * @param displayName the name
     * @param email the e-mail address (changed only by the administration)
     * @param preferredLanguage {@code de}, {@code en} or null (the browser's choice)
     * @param mustChangePassword whether the password is a one-time password still to be replaced
     */
    public record Details(String displayName, String email, String preferredLanguage, boolean mustChangePassword) {}

    @Transactional(readOnly = true)
    public Details details(CurrentUser person) {
        UserAccount account = account(person);
        return new Details(
                account.displayName(), account.email(), account.preferredLanguage(), account.mustChangePassword());
    }

    /** Changes the name and the preferred language. */
    public void update(CurrentUser person, String displayName, String preferredLanguage) {
        if (displayName == null || displayName.isBlank() || displayName.strip().length() > 200) {
            throw new InvalidFieldException("displayName", "account.error.name");
        }
        if (preferredLanguage != null && !preferredLanguage.isEmpty() && !LANGUAGES.contains(preferredLanguage)) {
            throw new InvalidFieldException("preferredLanguage", "account.error.language");
        }
        UserAccount account = account(person);
        account.setDisplayName(displayName.strip());
        account.setPreferredLanguage(
                preferredLanguage == null || preferredLanguage.isEmpty() ? null : preferredLanguage);
    }

    /**
     * Sets a password the person chose. The current password is required unless the person still has
     * a one-time password (they have just logged in with it). Ends the person's other sessions and
     * answers the person as they continue in this one.
     *
     * @throws InvalidFieldException for a wrong current password or a password the policy refuses
     */
    public CurrentUser changePassword(CurrentUser person, String currentPassword, String newPassword, String repeated) {
        UserAccount account = account(person);
        if (!account.mustChangePassword()
                && (currentPassword == null || !passwordEncoder.matches(currentPassword, account.passwordHash()))) {
            throw new InvalidFieldException("currentPassword", "password.error.current");
        }
        List<String> problems = policy.problems(newPassword, account.email(), account.displayName());
        if (!problems.isEmpty()) {
            throw new InvalidFieldException("newPassword", problems.get(0));
        }
        if (!newPassword.equals(repeated)) {
            throw new InvalidFieldException("repeatedPassword", "password.error.repeat");
        }
        if (passwordEncoder.matches(newPassword, account.passwordHash())) {
            throw new InvalidFieldException("newPassword", "password.error.same");
        }
        account.setOwnPasswordHash(passwordEncoder.encode(newPassword));
        accounts.saveAndFlush(account);
        return continued(account, person);
    }

    /** Ends every session of the person, this one included. */
    public void endAllSessions(CurrentUser person) {
        account(person).endSessions();
    }

    /** The person's preferred language, if they chose one; applied at login. */
    @Transactional(readOnly = true)
    public String preferredLanguage(CurrentUser person) {
        return account(person).preferredLanguage();
    }

    private CurrentUser continued(UserAccount account, CurrentUser person) {
        if (person.isOperator()) {
            return CurrentUser.operator(account);
        }
        String name = municipalities
                .findById(person.municipality())
                .map(municipality -> municipality.name())
                .orElse(person.municipalityName());
        return new CurrentUser(account, person.municipality(), name, person.role());
    }

    private UserAccount account(CurrentUser person) {
        return accounts.findById(person.id()).orElseThrow();
    }
}
