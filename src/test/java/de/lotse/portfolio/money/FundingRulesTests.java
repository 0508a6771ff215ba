package de.lotse.portfolio.money;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.lotse.platform.InvalidFieldException;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FundingRulesTests {

    private static final LocalDate SUBMITTED = LocalDate.of(2026, 3, 1);
    private static final LocalDate DECIDED = LocalDate.of(2026, 6, 1);

    @Test
    void aPlannedApplicationNeedsNoDates() {
        assertThatCode(() -> FundingRules.check(application(FundingStatus.PLANNED, null, null, null, null, false)))
                .doesNotThrowAnyException();
    }

    @Test
    void aSubmittedApplicationNeedsItsSubmissionDate() {
        assertRefused(application(FundingStatus.SUBMITTED, null, null, null, null, false), "submittedOn");
    }

    @Test
    void aGrantNeedsADecisionDateAndAGrantedAmount() {
        assertRefused(application(FundingStatus.GRANTED, SUBMITTED, null, "100", null, false), "decisionDate");
        assertRefused(application(FundingStatus.GRANTED, SUBMITTED, DECIDED, null, null, false), "grantedAmount");
        assertThatCode(() ->
                        FundingRules.check(application(FundingStatus.GRANTED, SUBMITTED, DECIDED, "100", "50", false)))
                .doesNotThrowAnyException();
    }

    @Test
    void theSubmissionCannotFollowTheDecision() {
        assertRefused(
                application(FundingStatus.REJECTED, DECIDED.plusDays(1), DECIDED, null, null, false), "submittedOn");
    }

    @Test
    void aGrantAboveTheRequestNeedsAConfirmation() {
        assertRefused(application(FundingStatus.GRANTED, SUBMITTED, DECIDED, "100.01", null, false), "grantedAmount");
        assertThatCode(() -> FundingRules.check(
                        application(FundingStatus.GRANTED, SUBMITTED, DECIDED, "100.01", null, true)))
                .doesNotThrowAnyException();
    }

    @Test
    void moreCannotArriveThanWasGranted() {
        assertRefused(application(FundingStatus.GRANTED, SUBMITTED, DECIDED, "80", "80.01", false), "receivedAmount");
        assertRefused(application(FundingStatus.SUBMITTED, SUBMITTED, null, null, "1", false), "receivedAmount");
    }

    @Test
    void aPartialGrantIsBelowTheRequest() {
        assertRefused(
                application(FundingStatus.PARTLY_GRANTED, SUBMITTED, DECIDED, "100", null, false), "grantedAmount");
        assertThatCode(() -> FundingRules.check(
                        application(FundingStatus.PARTLY_GRANTED, SUBMITTED, DECIDED, "60", null, false)))
                .doesNotThrowAnyException();
    }

    @Test
    void aDecisionOrGrantNeedsADecidedStatus() {
        assertRefused(application(FundingStatus.SUBMITTED, SUBMITTED, DECIDED, null, null, false), "decisionDate");
        assertRefused(application(FundingStatus.REJECTED, SUBMITTED, DECIDED, "10", null, false), "grantedAmount");
    }

    private static void assertRefused(FundingApplicationData data, String field) {
        assertThatThrownBy(() -> FundingRules.check(data))
                .isInstanceOfSatisfying(
                        InvalidFieldException.class,
                        refused -> org.assertj.core.api.Assertions.assertThat(refused.field())
                                .isEqualTo(field));
    }

    private static FundingApplicationData application(
            FundingStatus status,
            LocalDate submittedOn,
            LocalDate decisionDate,
            String granted,
            String received,
            boolean confirmed) {
        return new FundingApplicationData(
                "EFRE",
                FundingBody.EU,
                status,
                null,
                submittedOn,
                new BigDecimal("100"),
                null,
                decisionDate,
                granted == null ? null : new BigDecimal(granted),
                received == null ? null : new BigDecimal(received),
                null,
                null,
                null,
                confirmed);
    }
}
