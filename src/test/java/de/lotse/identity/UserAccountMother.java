package de.lotse.identity;

import de.lotse.tenancy.Municipality;
import de.lotse.tenancy.MunicipalityId;
import de.lotse.tenancy.MunicipalityRepository;
import java.util.UUID;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Accounts of their own for tests that lock, time out or otherwise wear out an account, so that
 * the demo users shared by all tests stay usable. Each has a new e-mail address and a membership
 * in Musterstadt.
 */
@Component
public class UserAccountMother {

    private final UserAccountRepository accounts;
    private final MunicipalityRepository municipalities;
    private final PasswordEncoder passwordEncoder;

    UserAccountMother(
            UserAccountRepository accounts, MunicipalityRepository municipalities, PasswordEncoder passwordEncoder) {
        this.accounts = accounts;
        this.municipalities = municipalities;
        this.passwordEncoder = passwordEncoder;
    }

    /** An e-mail address no account has. */
    public static String unusedEmail() {
        return "test-" + UUID.randomUUID() + "@musterstadt.example";
    }

    /** Creates a person with the given password and the role EDITOR in Musterstadt. */
    public UserAccount editor(String password) {
        return editor(unusedEmail(), password);
    }

    /**
     * Creates an editor of Musterstadt with an address of a joint authority, for tests that invite
     * the person into another municipality too (others expect Musterstadt's addresses only there).
     */
    public UserAccount sharedEditor(String password) {
        return editor("test-" + UUID.randomUUID() + "@zweckverband.example", password);
    }

    private UserAccount editor(String email, String password) {
        Municipality musterstadt = municipalities.findBySlug("musterstadt").orElseThrow();
        UserAccount account = new UserAccount(email, "Test Person", passwordEncoder.encode(password));
        account.grant(new Membership(musterstadt.id(), Role.EDITOR));
        return accounts.save(account);
    }

    /**
     * Creates a person with the given password and the given role in each of the municipalities;
     * their logins start in the first.
     */
    public UserAccount memberOf(String password, Role role, MunicipalityId first, MunicipalityId... others) {
        UserAccount account = new UserAccount(unusedEmail(), "Test Person", passwordEncoder.encode(password));
        account.grant(new Membership(first, role));
        for (MunicipalityId other : others) {
            account.grant(new Membership(other, role));
        }
        account.rememberMunicipality(first);
        return accounts.save(account);
    }
}
