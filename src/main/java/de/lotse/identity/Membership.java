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
 */
@Embeddable
public record Membership(
        @AttributeOverride(name = "value", column = @Column(name = "municipality_id")) MunicipalityId municipality,
        @Enumerated(EnumType.STRING) Role role) {}
