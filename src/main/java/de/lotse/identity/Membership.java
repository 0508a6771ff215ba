package de.lotse.identity;

import de.lotse.tenancy.MunicipalityId;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * A person's role in one municipality.
 *
 * @param municipality the municipality
 * @param role what the person may do there
 * @param active whether the person may log in to the municipality
 * @param version raised with every change, to detect changes made in between
 */
@Embeddable
public record Membership(
        @AttributeOverride(name = "value", column = @Column(name = "municipality_id")) MunicipalityId municipality,
        @Enumerated(EnumType.STRING) Role role,
        boolean active,
        long version) {

    /** An active membership, new. */
    public Membership(MunicipalityId municipality, Role role) {
        this(municipality, role, true, 0);
    }

    /** The next version of this membership with another role and state. */
    Membership changed(Role newRole, boolean nowActive) {
        return new Membership(municipality, newRole, nowActive, version + 1);
    }
}
