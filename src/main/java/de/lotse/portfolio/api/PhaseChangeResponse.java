package de.lotse.portfolio.api;

import de.lotse.portfolio.PhaseChange;
import de.lotse.portfolio.ProjectPhase;
import java.time.Instant;
import java.time.LocalDate;

/** An entry of a project's phase history in the REST API. */
record PhaseChangeResponse(
        LocalDate changedOn, Instant changedAt, String changedBy, ProjectPhase from, ProjectPhase to, String note) {

    static PhaseChangeResponse of(PhaseChange change) {
        return new PhaseChangeResponse(
                change.changedOn(),
                change.changedAt(),
                change.changedBy(),
                change.fromPhase(),
                change.toPhase(),
                change.note());
    }
}
