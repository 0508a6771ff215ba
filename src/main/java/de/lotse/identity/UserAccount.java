package de.lotse.identity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** A person's account: how they log in and in which municipalities they have which role. */
@Entity
public class UserAccount {

    @EmbeddedId
    @AttributeOverride(name = "value", column = @Column(name = "id"))
    private UserAccountId id;

    @Version
    private Long version;

    private String email;

    private String displayName;

    private String passwordHash;

    private boolean enabled;

    private boolean mustChangePassword;

    /** Operators run the installation; they belong to no municipality and never see its data. */
    private boolean operator;

    private String preferredLanguage;

    private Instant lastLoginAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "membership", joinColumns = @JoinColumn(name = "user_account_id"))
    private Set<Membership> memberships = new HashSet<>();

    protected UserAccount() {}

    public UserAccount(String email, String displayName, String passwordHash) {
        this.id = UserAccountId.random();
        this.email = email.trim().toLowerCase(Locale.ROOT);
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.enabled = true;
    }

    public void grant(Membership membership) {
        memberships.removeIf(existing -> existing.municipality().equals(membership.municipality()));
        memberships.add(membership);
    }

    /** Replaces the password hash, e.g. by one of a stronger scheme computed at login. */
    /** A password someone else chose (a one-time password): the person must replace it at login. */
    public void setOneTimePasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
        this.mustChangePassword = true;
    }

    public void makeOperator() {
        this.operator = true;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public void loggedInAt(Instant when) {
        this.lastLoginAt = when;
    }

    public void setPreferredLanguage(String preferredLanguage) {
        this.preferredLanguage = preferredLanguage;
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    public boolean operator() {
        return operator;
    }

    public String preferredLanguage() {
        return preferredLanguage;
    }

    public Instant lastLoginAt() {
        return lastLoginAt;
    }

    public void changePasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
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

    public String passwordHash() {
        return passwordHash;
    }

    public boolean enabled() {
        return enabled;
    }

    public Set<Membership> memberships() {
        return Set.copyOf(memberships);
    }
}
