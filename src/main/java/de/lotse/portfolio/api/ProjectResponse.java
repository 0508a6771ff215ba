package de.lotse.portfolio.api;

import de.lotse.portfolio.Project;
import de.lotse.portfolio.ProjectMode;
import de.lotse.portfolio.ProjectPhase;
import de.lotse.portfolio.ProjectPriority;
import de.lotse.portfolio.ReportDue;
import de.lotse.portfolio.ReportingCadence;
import de.lotse.portfolio.StatusLight;
import de.lotse.portfolio.StatusReport;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A project as the REST API shows it, with its status (the latest report) and when a report is due. */
record ProjectResponse(
        UUID id,
        long version,
        String title,
        String summary,
        ProjectPhase phase,
        ProjectMode mode,
        ProjectPriority priority,
        List<UUID> goalIds,
        UUID departmentId,
        String lead,
        List<UUID> topicIds,
        LocalDate plannedStart,
        LocalDate plannedEnd,
        ReportingCadence reportingCadence,
        List<UUID> dependsOnIds,
        boolean publicVisible,
        String publicSummary,
        LocalDate leftIdeaOn,
        StatusLight status,
        LocalDate statusReportDate,
        LocalDate reportDue,
        boolean reportOverdue) {

    static ProjectResponse of(Project project, StatusReport latest, LocalDate today) {
        ReportDue due = ReportDue.of(
                project.phase(),
                project.cadence(),
                latest == null ? null : latest.reportDate(),
                project.leftIdeaOn(),
                today);
        return new ProjectResponse(
                project.id().value(),
                project.version(),
                project.title(),
                project.summary(),
                project.phase(),
                project.mode(),
                project.priority(),
                project.goals().stream().map(goal -> goal.value()).sorted().toList(),
                project.department() == null ? null : project.department().value(),
                project.lead(),
                project.topics().stream().map(topic -> topic.value()).sorted().toList(),
                project.plannedStart(),
                project.plannedEnd(),
                project.cadence(),
                project.dependsOn().stream()
                        .map(other -> other.value())
                        .sorted()
                        .toList(),
                project.publicVisible(),
                project.publicSummary(),
                project.leftIdeaOn(),
                latest == null ? null : latest.overall(),
                latest == null ? null : latest.reportDate(),
                due.due(),
                due.overdue());
    }
}
