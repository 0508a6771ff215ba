package de.lotse.strategy.api;

import de.lotse.strategy.FieldOfActionId;
import de.lotse.strategy.GoalData;
import de.lotse.tenancy.DepartmentId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;

/** The body of creating or changing a goal; another {@code fieldId} moves it to that field. */
record GoalRequest(
        @NotBlank @Size(max = 300) String title,
        @NotNull UUID fieldId,
        @Size(max = 4000) String description,
        UUID departmentId,
        LocalDate targetDate) {

    GoalData data() {
        return new GoalData(
                new FieldOfActionId(fieldId),
                title,
                description,
                departmentId == null ? null : new DepartmentId(departmentId),
                targetDate);
    }
}
