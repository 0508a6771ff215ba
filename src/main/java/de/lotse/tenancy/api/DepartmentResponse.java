package de.lotse.tenancy.api;

import de.lotse.tenancy.Department;
import de.lotse.tenancy.DepartmentLevel;
import java.util.UUID;

/** A department as the REST API shows it. */
record DepartmentResponse(
        UUID id,
        long version,
        String name,
        String shortName,
        DepartmentLevel level,
        UUID parentId,
        String head,
        String contactEmail,
        boolean active) {

    static DepartmentResponse of(Department department) {
        return new DepartmentResponse(
                department.id().value(),
                department.version(),
                department.name(),
                department.shortName(),
                department.level(),
                department.parent() == null ? null : department.parent().value(),
                department.head(),
                department.contactEmail(),
                department.active());
    }
}
