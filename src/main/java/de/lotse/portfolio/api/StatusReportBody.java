package de.lotse.portfolio.api;

import de.lotse.portfolio.StatusLight;
import de.lotse.portfolio.StatusReport;
import de.lotse.portfolio.StatusReportData;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A status report in the REST API: the request body, and with id and version the response. */
record StatusReportBody(
        UUID id,
        Long version,
        @NotNull LocalDate reportDate,
        @NotNull StatusLight overall,
        StatusLight scope,
        StatusLight schedule,
        StatusLight budget,
        @Size(max = 4000) String summary,
        @Size(max = 4000) String achievements,
        @Size(max = 4000) String nextSteps,
        @Size(max = 4000) String problems,
        @Size(max = 4000) String decisionsNeeded,
        Instant createdAt) {

    StatusReportData data() {
        return new StatusReportData(
                reportDate,
                overall,
                scope,
                schedule,
                budget,
                summary,
                achievements,
                nextSteps,
                problems,
                decisionsNeeded);
    }

    static StatusReportBody of(StatusReport report) {
        return new StatusReportBody(
                report.id(),
                report.version(),
                report.reportDate(),
                report.overall(),
                report.scope(),
                report.schedule(),
                report.budget(),
                report.summary(),
                report.achievements(),
                report.nextSteps(),
                report.problems(),
                report.decisionsNeeded(),
                report.createdAt());
    }
}
