package de.lotse.identity;

import de.lotse.tenancy.MunicipalityId;
import de.lotse.tenancy.TenantMember;
import java.io.Serial;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The logged-in person, acting in one municipality with one role. Every module takes the current
 * municipality from here, never from a request parameter.
 */
public final class CurrentUser implements UserDetails, CredentialsContainer, TenantMember {

    @Serial
    private static final long serialVersionUID = 1L;

    private final UserAccountId id;
    private final String email;
    private final String displayName;
    private final MunicipalityId municipality;
    private final String municipalityName;
    private final Role role;
    private final boolean enabled;
    private final int sessionEpoch;
    private String passwordHash;

    CurrentUser(UserAccount account, MunicipalityId municipality, String municipalityName, Role role) {
        this.id = account.id();
        this.email = account.email();
        this.displayName = account.displayName();
        this.passwordHash = account.passwordHash();
        this.enabled = account.enabled();
        this.sessionEpoch = account.sessionEpoch();
        this.municipality = municipality;
        this.municipalityName = municipalityName;
        this.role = role;
    }

    /** An operator: no municipality, so every tenant query finds nothing. */
    static CurrentUser operator(UserAccount account) {
        return new CurrentUser(account, null, null, Role.OPERATOR);
    }

    public boolean isOperator() {
        return role == Role.OPERATOR;
    }

    public UserAccountId id() {
        return id;
    }

    public String email() {
        return email;
    }

    public String displayName() {
        return displayName;
    }

    /** The municipality the person acts in; none for an operator. */
    @Override
    public MunicipalityId municipality() {
        return municipality;
    }

    public String municipalityName() {
        return municipalityName;
    }

    public Role role() {
        return role;
    }

    /** The account's session epoch when the person logged in; a higher one ends the session. */
    int sessionEpoch() {
        return sessionEpoch;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(role.authority());
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
