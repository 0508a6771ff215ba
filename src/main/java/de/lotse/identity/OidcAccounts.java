package de.lotse.identity;

import de.lotse.tenancy.Municipality;
import de.lotse.tenancy.MunicipalityId;
import de.lotse.tenancy.MunicipalityRepository;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds the account of a person the identity provider vouches for, by e-mail address, and makes one
 * from their groups when auto-provisioning is on. The person then acts exactly as after a form login:
 * in the same municipality, with the same role, under the same rules for disabled accounts and
 * inactive memberships.
 */
class OidcAccounts {

    /** The provider vouched for someone who has no account here, and none may be made. */
    static final String UNKNOWN_PERSON = "lotse_unknown_person";
    /**
     * The person has an account but may not log in (disabled, no active membership, or an operator,
     * who never logs in through single sign-on).
     */
    static final String NOT_ALLOWED = "lotse_not_allowed";

    private static final Logger log = LoggerFactory.getLogger(OidcAccounts.class);

    private final OidcProperties properties;
    private final UserAccountRepository accounts;
    private final MunicipalityRepository municipalities;
    private final AccountUserDetailsService people;

    OidcAccounts(
            OidcProperties properties,
            UserAccountRepository accounts,
            MunicipalityRepository municipalities,
            AccountUserDetailsService people) {
        this.properties = properties;
        this.accounts = accounts;
        this.municipalities = municipalities;
        this.people = people;
    }

    /**
     * The person with the given claims, acting in their first municipality.
     *
     * @throws OAuth2AuthenticationException when the claims name no verified e-mail, the person is
     *     unknown (and may not be made), is an operator or may not log in
     */
    @Transactional
    public CurrentUser signIn(Map<String, Object> claims) {
        String email = email(claims).orElseThrow(() -> refused(UNKNOWN_PERSON, "no e-mail claim"));
        Map<MunicipalityId, Role> granted = grantedRoles(claims.get(properties.groupsClaim()));
        Optional<UserAccount> existing = accounts.findByEmail(email);
        if (existing.filter(UserAccount::operator).isPresent()) {
            // the installation's operators log in with their password only: whoever controls an
            // identity provider's e-mail claim must not become the operator
            throw refused(NOT_ALLOWED, "operator");
        }
        if (existing.isEmpty()) {
            if (!properties.autoProvisioning() || granted.isEmpty()) {
                throw refused(UNKNOWN_PERSON, "no account");
            }
            UserAccount account = new UserAccount(email, displayName(claims, email), null);
            granted.forEach((municipality, role) -> account.grant(new Membership(municipality, role)));
            accounts.save(account);
        } else if (properties.autoProvisioning()) {
            // only memberships the person has never had: a role an administrator changed or a
            // membership they deactivated stays as they left it
            UserAccount account = existing.get();
            granted.forEach((municipality, role) -> {
                if (account.membershipIn(municipality).isEmpty()) {
                    account.grant(new Membership(municipality, role));
                }
            });
        }
        try {
            CurrentUser person = people.loadUserByUsername(email);
            new AccountStatusUserDetailsChecker().check(person);
            person.eraseCredentials();
            return person;
        } catch (UsernameNotFoundException e) {
            throw refused(NOT_ALLOWED, "no active membership");
        } catch (AuthenticationException e) {
            throw refused(NOT_ALLOWED, "account disabled");
        }
    }

    private Optional<String> email(Map<String, Object> claims) {
        if (!verified(claims.get("email_verified"))) {
            return Optional.empty();
        }
        return Optional.ofNullable(claims.get(properties.emailClaim()))
                .map(Object::toString)
                .map(value -> value.strip().toLowerCase(Locale.ROOT))
                .filter(value -> value.contains("@"));
    }

    /**
     * Whether the provider says it verified the address: only then does the address name the person
     * (some providers send the claim as a string).
     */
    private static boolean verified(Object claim) {
        return Boolean.TRUE.equals(claim) || "true".equals(claim);
    }

    private static String displayName(Map<String, Object> claims, String email) {
        for (String claim : List.of("name", "preferred_username")) {
            if (claims.get(claim) instanceof String name && !name.isBlank()) {
                return name.strip();
            }
        }
        return email;
    }

    /** The highest role each municipality's mappings give the person's groups. */
    Map<MunicipalityId, Role> grantedRoles(Object groupsClaim) {
        Collection<String> groups = groups(groupsClaim);
        Map<MunicipalityId, Role> granted = new HashMap<>();
        for (OidcProperties.RoleMapping mapping : properties.roleMappings()) {
            // the provider can never make an operator: that stays with the installation
            if (!groups.contains(mapping.group()) || mapping.role() == null || mapping.role() == Role.OPERATOR) {
                continue;
            }
            Optional<Municipality> municipality = municipalities.findBySlug(mapping.municipality());
            if (municipality.isEmpty()) {
                log.warn(
                        "OIDC role mapping of group {} names no municipality: {}",
                        mapping.group(),
                        mapping.municipality());
                continue;
            }
            // the enum lists roles from the most to the least powerful
            granted.merge(municipality.get().id(), mapping.role(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
        }
        return granted;
    }

    private static Collection<String> groups(Object claim) {
        if (claim instanceof Collection<?> values) {
            return values.stream().map(String::valueOf).toList();
        }
        if (claim instanceof String value) {
            return List.of(value.split("[\\s,]+"));
        }
        return List.of();
    }

    private static OAuth2AuthenticationException refused(String code, String why) {
        return new OAuth2AuthenticationException(new OAuth2Error(code), why);
    }
}
