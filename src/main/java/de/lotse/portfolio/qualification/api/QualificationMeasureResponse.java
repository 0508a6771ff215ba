package de.lotse.portfolio.qualification.api;

import de.lotse.portfolio.qualification.QualificationMeasure;
import java.time.LocalDate;
import java.util.UUID;

/** A qualification measure as the REST API shows it. */
record QualificationMeasureResponse(
        UUID id,
        UUID projectId,
        long version,
        String title,
        String audience,
        LocalDate heldOn,
        Integer participantsPlanned,
        Integer participantsActual,
        UUID pilotId,
        String note) {

    static QualificationMeasureResponse of(QualificationMeasure measure) {
        return new QualificationMeasureResponse(
                measure.id().value(),
                measure.project().value(),
                measure.version(),
                measure.title(),
                measure.audience(),
                measure.heldOn(),
                measure.participantsPlanned(),
                measure.participantsActual(),
                measure.pilotId(),
                measure.note());
    }
}
