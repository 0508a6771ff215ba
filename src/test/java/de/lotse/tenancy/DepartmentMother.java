package de.lotse.tenancy;

import java.util.UUID;

/** Departments for tests, with names that do not collide between tests. */
public final class DepartmentMother {

    private DepartmentMother() {}

    public static DepartmentData office(String name) {
        return new DepartmentData(
                name + " " + UUID.randomUUID().toString().substring(0, 8),
                "T",
                DepartmentLevel.OFFICE,
                null,
                "Test Leitung",
                "test@musterstadt.example");
    }

    public static DepartmentData unitBelow(DepartmentId parent, String name) {
        return new DepartmentData(
                name + " " + UUID.randomUUID().toString().substring(0, 8),
                null,
                DepartmentLevel.UNIT,
                parent,
                null,
                null);
    }
}
