package de.lotse.identity;

import de.lotse.tenancy.MunicipalityId;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.UUID;

/**
 * One department an editor is limited to in a municipality.
 *
 * @param municipality the municipality of the membership
 * @param department the id of the department
 */
@Embeddable
record DepartmentLimit(
        @AttributeOverride(name = "value", column = @Column(name = "municipality_id")) MunicipalityId municipality,
        @Column(name = "department_id") UUID department) {}
