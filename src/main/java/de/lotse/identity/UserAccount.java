package de.lotse.identity;

import de.lotse.tenancy.MunicipalityId;
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
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.OptimisticLock;

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

    @OptimisticLock(excluded = true)
    private Instant lastLoginAt;

    /** Raised to end every session of the person: sessions that began with a lower epoch are refused. */
    @OptimisticLock(excluded = true)
    private int sessionEpoch;

    /** Where the next login starts: the municipality the person last switched to. */
    @OptimisticLock(excluded = true)
    private UUID lastMunicipalityId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "membership", joinColumns = @JoinColumn(name = "user_account_id"))
    private Set<Membership> memberships = new HashSet<>();

    /** The departments an editor is limited to, per municipality. */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "membership_department", joinColumns = @JoinColumn(name = "user_account_id"))
    private Set<DepartmentLimit> departmentLimits = new HashSet<>();

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

    /** The municipality the person last switched to, if any. */
    public java.util.Optional<MunicipalityId> lastMunicipality() {
        return java.util.Optional.ofNullable(lastMunicipalityId).map(MunicipalityId::new);
    }

    void rememberMunicipality(MunicipalityId municipality) {
        this.lastMunicipalityId = municipality.value();
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

    /** Replaces the password hash, e.g. by one of a stronger scheme computed at login. */
    public void changePasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    /** A password the person chose themself: replaces a one-time password and ends their other sessions. */
    void setOwnPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
        this.mustChangePassword = false;
        endSessions();
    }

    /** Ends every session of the person, here and on other devices. */
    void endSessions() {
        this.sessionEpoch++;
    }

    int sessionEpoch() {
        return sessionEpoch;
    }

    void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    /** The membership in a municipality, if there is one. */
    public java.util.Optional<Membership> membershipIn(MunicipalityId municipality) {
        return memberships.stream()
                .filter(membership -> membership.municipality().equals(municipality))
                .findFirst();
    }

    /** Replaces the membership in a municipality by its next version. */
    void changeMembership(Membership current, Role role, boolean active) {
        memberships.remove(current);
        memberships.add(current.changed(role, active));
        if (role != Role.EDITOR) {
            limitToDepartments(current.municipality(), List.of());
        }
    }

    /** The departments the person is limited to in a municipality; empty: not limited. */
    public List<UUID> departmentsIn(MunicipalityId municipality) {
        return departmentLimits.stream()
                .filter(limit -> limit.municipality().equals(municipality))
                .map(DepartmentLimit::department)
                .sorted()
                .toList();
    }

    void limitToDepartments(MunicipalityId municipality, java.util.Collection<UUID> departments) {
        departmentLimits.removeIf(limit -> limit.municipality().equals(municipality));
        departments.forEach(department -> departmentLimits.add(new DepartmentLimit(municipality, department)));
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
