package de.lotse.portfolio;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A project as the portfolio list, the board and the roadmap show it.
 *
 * @param id the project
 * @param version its version
 * @param title its title
 * @param summary its summary
 * @param phase its phase
 * @param mode lab or line
 * @param priority its priority
 * @param department the department's id, or {@code null}
 * @param departmentName the department's name, or {@code null}
 * @param lead the lead's name
 * @param plannedStart the planned start
 * @param plannedEnd the planned end
 * @param status the light of the latest report, {@code null} before the first
 * @param reportDate the day of the latest report
 * @param reportDue when the next report is due and whether it is overdue
 * @param goals the goals served, by id, with their titles
 * @param topics the names of its topics
 */
public record PortfolioRow(
        ProjectId id,
        long version,
        String title,
        String summary,
        ProjectPhase phase,
        ProjectMode mode,
        ProjectPriority priority,
        UUID department,
        String departmentName,
        String lead,
        LocalDate plannedStart,
        LocalDate plannedEnd,
        StatusLight status,
        LocalDate reportDate,
        ReportDue reportDue,
        Map<UUID, String> goals,
        List<String> topics) {}
