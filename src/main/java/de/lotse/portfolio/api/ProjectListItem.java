package de.lotse.portfolio.api;

import de.lotse.portfolio.PortfolioRow;
import de.lotse.portfolio.ProjectMode;
import de.lotse.portfolio.ProjectPhase;
import de.lotse.portfolio.ProjectPriority;
import de.lotse.portfolio.StatusLight;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A project in the REST API's list: what the portfolio list shows. */
record ProjectListItem(
        UUID id,
        long version,
        String title,
        String summary,
        ProjectPhase phase,
        ProjectMode mode,
        ProjectPriority priority,
        List<UUID> goalIds,
        UUID departmentId,
        String departmentName,
        String lead,
        List<String> topics,
        LocalDate plannedStart,
        LocalDate plannedEnd,
        StatusLight status,
        LocalDate statusReportDate,
        LocalDate reportDue,
        boolean reportOverdue) {

    static ProjectListItem of(PortfolioRow row) {
        return new ProjectListItem(
                row.id().value(),
                row.version(),
                row.title(),
                row.summary(),
                row.phase(),
                row.mode(),
                row.priority(),
                List.copyOf(row.goals().keySet()),
                row.department(),
                row.departmentName(),
                row.lead(),
                row.topics(),
                row.plannedStart(),
                row.plannedEnd(),
                row.status(),
                row.reportDate(),
                row.reportDue().due(),
                row.reportDue().overdue());
    }
}
