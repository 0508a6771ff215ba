package de.lotse.portfolio.qualification;

import de.lotse.portfolio.money.Texts;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;

/**
 * What a person can set on a qualification measure.
 *
 * @param title e.g. "Schulung E-Akte für das Bürgeramt"
 * @param audience who it is for, optional
 * @param heldOn the day it takes (or took) place
 * @param participantsPlanned how many people should take part, optional
 * @param participantsActual how many took part, optional
 * @param pilotId the responsible digital pilot (a person of the municipality with the role PILOT), optional
 * @param note a remark, optional
 */
public record QualificationMeasureData(
        @NotBlank @Size(max = 300) String title,
        @Size(max = 300) String audience,
        @NotNull LocalDate heldOn,
        @Min(0) @Max(100000) Integer participantsPlanned,
        @Min(0) @Max(100000) Integer participantsActual,
        UUID pilotId,
        @Size(max = 2000) String note) {

    /** The same data with blank texts as absent. */
    public QualificationMeasureData normalised() {
        return new QualificationMeasureData(
                title.strip(),
                Texts.blankToNull(audience),
                heldOn,
                participantsPlanned,
                participantsActual,
                pilotId,
                Texts.blankToNull(note));
    }
}
