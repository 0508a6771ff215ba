package de.lotse.portfolio.qualification.api;

import de.lotse.portfolio.qualification.QualificationMeasureData;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;

/** The body of creating or changing a qualification measure; the date ISO-8601. */
record QualificationMeasureRequest(
        @NotBlank @Size(max = 300) String title,
        @Size(max = 300) String audience,
        @NotNull LocalDate heldOn,
        @Min(0) @Max(100000) Integer participantsPlanned,
        @Min(0) @Max(100000) Integer participantsActual,
        UUID pilotId,
        @Size(max = 2000) String note) {

    QualificationMeasureData data() {
        return new QualificationMeasureData(
                title, audience, heldOn, participantsPlanned, participantsActual, pilotId, note);
    }
}
