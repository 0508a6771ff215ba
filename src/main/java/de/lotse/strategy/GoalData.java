package de.lotse.strategy;

import de.lotse.tenancy.DepartmentId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * What a person can set on a goal.
 *
 * @param field the field of action it belongs to; changing it moves the goal there
 * @param title e.g. "Alle Verwaltungsleistungen sind online erreichbar"
 * @param description why and how (plain text)
 * @param department the department responsible for it, if any
 * @param targetDate when it should be reached
 */
public record GoalData(
        @NotNull FieldOfActionId field,
        @NotBlank @Size(max = 300) String title,
        @Size(max = 4000) String description,
        DepartmentId department,
        LocalDate targetDate) {}
