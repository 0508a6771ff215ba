package de.lotse.tenancy;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What a person can set on a department.
 *
 * @param name e.g. "Amt für Digitalisierung und Organisation"
 * @param shortName e.g. "10" or "Dez. I"
 * @param level directorate, office, unit or staff unit
 * @param parent the department it belongs to; none for the top level
 * @param head who leads it
 * @param contactEmail where to reach it
 */
public record DepartmentData(
        @NotBlank @Size(max = 200) String name,
        @Size(max = 30) String shortName,
        @NotNull DepartmentLevel level,
        DepartmentId parent,
        @Size(max = 200) String head,
        @Email @Size(max = 320) String contactEmail) {

    /** The same data with blank texts as absent. */
    public DepartmentData normalised() {
        return new DepartmentData(
                name.strip(), blankToNull(shortName), level, parent, blankToNull(head), blankToNull(contactEmail));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
