package de.lotse.identity;

import de.lotse.tenancy.MunicipalityId;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A personal API token: acts with its owner's role in the municipality it was made for. Only a hash
 * of the secret is kept; the secret is shown once, when the token is made.
 */
@Entity
public class ApiToken {

    @Id
    private UUID id;

    @Embedded
    @AttributeOverride(name = "value", column = @Column(name = "user_account_id"))
    private UserAccountId owner;

    @Embedded
    @AttributeOverride(name = "value", column = @Column(name = "municipality_id"))
    private MunicipalityId municipality;

    private String name;

    private String secretHash;

    private Instant createdAt;

    /** The last day the token works; none means until revoked. */
    private LocalDate expiresOn;

    private Instant lastUsedAt;

    private Instant revokedAt;

    protected ApiToken() {}

    ApiToken(
            UserAccountId owner,
            MunicipalityId municipality,
            String name,
            String secretHash,
            Instant now,
            LocalDate expiresOn) {
        this.id = UUID.randomUUID();
        this.owner = owner;
        this.municipality = municipality;
        this.name = name;
        this.secretHash = secretHash;
        this.createdAt = now;
        this.expiresOn = expiresOn;
    }

    boolean usableOn(LocalDate today) {
        return revokedAt == null && (expiresOn == null || !today.isAfter(expiresOn));
    }

    void used(Instant now) {
        this.lastUsedAt = now;
    }

    void revoke(Instant now) {
        if (revokedAt == null) {
            this.revokedAt = now;
        }
    }

    public UUID id() {
        return id;
    }

    public UserAccountId owner() {
        return owner;
    }

    public MunicipalityId municipality() {
        return municipality;
    }

    public String name() {
        return name;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public LocalDate expiresOn() {
        return expiresOn;
    }

    public Instant lastUsedAt() {
        return lastUsedAt;
    }

    public Instant revokedAt() {
        return revokedAt;
    }
}
