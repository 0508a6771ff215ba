package de.lotse.portfolio.api;

import de.lotse.portfolio.ProjectData;
import de.lotse.portfolio.ProjectId;
import de.lotse.portfolio.ProjectMode;
import de.lotse.portfolio.ProjectPhase;
import de.lotse.portfolio.ProjectPriority;
import de.lotse.portfolio.ReportingCadence;
import de.lotse.portfolio.TopicId;
import de.lotse.strategy.GoalId;
import de.lotse.tenancy.DepartmentId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * The body of creating or changing a project. A {@code phase} different from the current one moves
 * the project there (with {@code phaseNote} in the phase history); left out, the phase stays.
 */
record ProjectRequest(
        @NotBlank @Size(max = 300) String title,
        @Size(max = 10000) String summary,
        ProjectPhase phase,
        @Size(max = 2000) String phaseNote,
        ProjectMode mode,
        ProjectPriority priority,
        List<UUID> goalIds,
        UUID departmentId,
        @Size(max = 200) String lead,
        List<UUID> topicIds,
        LocalDate plannedStart,
        LocalDate plannedEnd,
        ReportingCadence reportingCadence,
        List<UUID> dependsOnIds,
        Boolean publicVisible,
        @Size(max = 2000) String publicSummary) {

    ProjectData data() {
        return new ProjectData(
                title,
                summary,
                ids(goalIds, GoalId::new),
                lead,
                departmentId == null ? null : new DepartmentId(departmentId),
                mode == null ? ProjectMode.LINE : mode,
                priority == null ? ProjectPriority.MEDIUM : priority,
                ids(topicIds, TopicId::new),
                plannedStart,
                plannedEnd,
                reportingCadence == null ? ReportingCadence.MONTHLY : reportingCadence,
                ids(dependsOnIds, ProjectId::new),
                publicVisible != null && publicVisible,
                publicSummary);
    }

    private static <T> Set<T> ids(List<UUID> ids, Function<UUID, T> type) {
        Set<T> result = new LinkedHashSet<>();
        if (ids != null) {
            ids.stream().filter(java.util.Objects::nonNull).map(type).forEach(result::add);
        }
        return result;
    }
}
