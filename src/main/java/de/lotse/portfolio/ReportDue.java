package de.lotse.portfolio;

import java.time.LocalDate;

/**
 * When a project's next status report is due and whether it is overdue: the cadence after the
 * latest report or, before the first one, after the project left the idea phase.
 *
 * @param due the day the next report is due; {@code null} when the project owes none
 * @param overdue whether that day has passed
 */
public record ReportDue(LocalDate due, boolean overdue) {

    /** Computes it for a project on a given day. */
    public static ReportDue of(
            ProjectPhase phase,
            ReportingCadence cadence,
            LocalDate latestReport,
            LocalDate leftIdeaOn,
            LocalDate today) {
        LocalDate since = latestReport != null ? latestReport : leftIdeaOn;
        if (!phase.reports() || since == null) {
            return new ReportDue(null, false);
        }
        LocalDate due = cadence.nextDue(since);
        return new ReportDue(due, due.isBefore(today));
    }
}
