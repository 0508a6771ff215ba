package de.lotse.portfolio.money.api;

import de.lotse.portfolio.money.Amount;
import de.lotse.portfolio.money.FundingApplicationData;
import de.lotse.portfolio.money.FundingBody;
import de.lotse.portfolio.money.FundingStatus;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The body of creating or changing a funding application; amounts in EUR as JSON numbers, dates
 * ISO-8601. A granted amount above the requested one needs {@code grantAboveRequestConfirmed: true}.
 */
record FundingApplicationRequest(
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
        Boolean grantAboveRequestConfirmed) {

    FundingApplicationData data() {
        return new FundingApplicationData(
                programme,
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
                note,
                Boolean.TRUE.equals(grantAboveRequestConfirmed));
    }
}
