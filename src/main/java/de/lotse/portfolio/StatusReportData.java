package de.lotse.portfolio;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * What a status report says.
 *
 * @param reportDate the day it describes; not in the future
 * @param overall the overall light
 * @param scope the light for scope
 * @param schedule the light for the schedule
 * @param budget the light for the budget
 * @param summary the state in a few sentences
 * @param achievements what was reached since the last report
 * @param nextSteps what comes next
 * @param problems what stands in the way
 * @param decisionsNeeded what leadership has to decide
 */
public record StatusReportData(
        @NotNull LocalDate reportDate,
        @NotNull StatusLight overall,
        StatusLight scope,
        StatusLight schedule,
        StatusLight budget,
        @Size(max = 4000) String summary,
        @Size(max = 4000) String achievements,
        @Size(max = 4000) String nextSteps,
        @Size(max = 4000) String problems,
        @Size(max = 4000) String decisionsNeeded) {

    StatusReportData normalised() {
        return new StatusReportData(
                reportDate,
                overall,
                scope,
                schedule,
                budget,
                blankToNull(summary),
                blankToNull(achievements),
                blankToNull(nextSteps),
                blankToNull(problems),
                blankToNull(decisionsNeeded));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
