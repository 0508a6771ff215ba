package de.lotse.portfolio.money;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What a person can set on a funding application.
 *
 * @param programme the funding programme or call, e.g. "Modellprojekte Smart Cities"
 * @param fundingBody EU, federation, state or other
 * @param status where the application stands
 * @param callDeadline the last day to apply, optional
 * @param submittedOn when it was submitted
 * @param requestedAmount what was (or will be) applied for
 * @param ownShare the municipality's own share (Eigenanteil), optional
 * @param decisionDate when the funding body decided
 * @param grantedAmount what was granted (Zuwendung)
 * @param receivedAmount what has been paid out so far
 * @param proofOfUseDue when the proof of use (Verwendungsnachweis) is due
 * @param proofOfUseSubmittedOn when it was submitted
 * @param note a remark, optional
 * @param grantAboveRequestConfirmed the person confirms that more was granted than requested
 */
public record FundingApplicationData(
        @NotBlank @Size(max = 300) String programme,
        @NotNull FundingBody fundingBody,
        @NotNull FundingStatus status,
        LocalDate callDeadline,
        LocalDate submittedOn,
        @NotNull @Amount BigDecimal requestedAmount,
        @Amount BigDecimal ownShare,
        LocalDate decisionDate,
        @Amount BigDecimal grantedAmount,
        @Amount BigDecimal receivedAmount,
        LocalDate proofOfUseDue,
        LocalDate proofOfUseSubmittedOn,
        @Size(max = 2000) String note,
        boolean grantAboveRequestConfirmed) {

    /** The same data with blank texts as absent. */
    public FundingApplicationData normalised() {
        return new FundingApplicationData(
                programme.strip(),
                fundingBody,
                status,
                callDeadline,
                submittedOn,
                requestedAmount,
                ownShare,
                decisionDate,
                grantedAmount,
                receivedAmount,
                proofOfUseDue,
                proofOfUseSubmittedOn,
                Texts.blankToNull(note),
                grantAboveRequestConfirmed);
    }
}
