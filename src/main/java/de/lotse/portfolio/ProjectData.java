package de.lotse.portfolio;

import de.lotse.strategy.GoalId;
import de.lotse.tenancy.DepartmentId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What a person can set on a project, apart from its phase (which changes with a dated entry in the
 * phase history).
 *
 * @param title e.g. "E-Akte-Einführung"
 * @param summary what the project does and for whom
 * @param goals the goals of the strategy it serves; at least one once it leaves the idea phase
 * @param lead the name of the person responsible
 * @param department the department that runs it
 * @param mode lab or line
 * @param priority how urgent it is
 * @param topics the municipality's topics it is filed under
 * @param plannedStart when it is to start
 * @param plannedEnd when it is to end; not before the start
 * @param cadence how often it reports its status
 * @param dependsOn other projects of the municipality it depends on; no cycles
 * @param publicVisible whether it is published on the municipality's portal
 * @param publicSummary what the portal says about it
 */
public record ProjectData(
        @NotBlank @Size(max = 300) String title,
        @Size(max = 10000) String summary,
        Set<GoalId> goals,
        @Size(max = 200) String lead,
        DepartmentId department,
        @NotNull ProjectMode mode,
        @NotNull ProjectPriority priority,
        Set<TopicId> topics,
        LocalDate plannedStart,
        LocalDate plannedEnd,
        @NotNull ReportingCadence cadence,
        Set<ProjectId> dependsOn,
        boolean publicVisible,
        @Size(max = 2000) String publicSummary) {

    /** The same data with blank texts as absent and absent sets as empty. */
    public ProjectData normalised() {
        return new ProjectData(
                title.strip(),
                blankToNull(summary),
                copy(goals),
                blankToNull(lead),
                department,
                mode,
                priority,
                copy(topics),
                plannedStart,
                plannedEnd,
                cadence,
                copy(dependsOn),
                publicVisible,
                blankToNull(publicSummary));
    }

    /** A new project's data: only a title, everything else at its default. */
    public static ProjectData titled(String title) {
        return new ProjectData(
                title,
                null,
                Set.of(),
                null,
                null,
                ProjectMode.LINE,
                ProjectPriority.MEDIUM,
                Set.of(),
                null,
                null,
                ReportingCadence.MONTHLY,
                Set.of(),
                false,
                null);
    }

    private static <T> Set<T> copy(Set<T> values) {
        return values == null ? new LinkedHashSet<>() : new LinkedHashSet<>(values);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
