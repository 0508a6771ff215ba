package de.lotse.portfolio.money.api;

import de.lotse.portfolio.money.FundingApplication;
import de.lotse.portfolio.money.FundingBody;
import de.lotse.portfolio.money.FundingStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** A funding application as the REST API shows it. */
record FundingApplicationResponse(
        UUID id,
        UUID projectId,
        long version,
        String programme,
        FundingBody fundingBody,
        FundingStatus status,
        LocalDate callDeadline,
        LocalDate submittedOn,
        BigDecimal requestedAmount,
        BigDecimal ownShare,
        LocalDate decisionDate,
        BigDecimal grantedAmount,
        BigDecimal receivedAmount,
        LocalDate proofOfUseDue,
        LocalDate proofOfUseSubmittedOn,
        String note) {

    static FundingApplicationResponse of(FundingApplication application) {
        return new FundingApplicationResponse(
                application.id().value(),
                application.project().value(),
                application.version(),
                application.programme(),
                application.fundingBody(),
                application.status(),
                application.callDeadline(),
                application.submittedOn(),
                application.requestedAmount(),
                application.ownShare(),
                application.decisionDate(),
                application.grantedAmount(),
                application.receivedAmount(),
                application.proofOfUseDue(),
                application.proofOfUseSubmittedOn(),
                application.note());
    }
}
