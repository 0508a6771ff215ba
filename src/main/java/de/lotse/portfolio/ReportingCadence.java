package de.lotse.portfolio;

import java.time.LocalDate;

/** How often a project reports its status. */
public enum ReportingCadence {
    MONTHLY(1),
    QUARTERLY(3),
    HALF_YEARLY(6);

    private final int months;

    ReportingCadence(int months) {
        this.months = months;
    }

    public int months() {
        return months;
    }

    /** The day the next report is due after a report (or the start of reporting) on the given day. */
    public LocalDate nextDue(LocalDate since) {
        return since.plusMonths(months);
    }
}
