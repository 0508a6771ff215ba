package de.lotse.tenancy.api;

import de.lotse.tenancy.DepartmentData;
import de.lotse.tenancy.DepartmentId;
import de.lotse.tenancy.DepartmentLevel;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** The body of creating or changing a department. */
record DepartmentRequest(
        @NotBlank @Size(max = 200) String name,
        @Size(max = 30) String shortName,
        @NotNull DepartmentLevel level,
        UUID parentId,
        @Size(max = 200) String head,
        @Email @Size(max = 320) String contactEmail,
        Boolean active) {

    DepartmentData data() {
        return new DepartmentData(
                name, shortName, level, parentId == null ? null : new DepartmentId(parentId), head, contactEmail);
    }

    boolean activeOrDefault() {
        return active == null || active;
    }
}
