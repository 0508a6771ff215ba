package de.lotse.portfolio.money;

import de.lotse.platform.InvalidFieldException;
import java.math.BigDecimal;

/**
 * The rules a funding application must keep beyond the form of each field: the status must fit the
 * dates and amounts, money cannot arrive that was not granted, and a grant above the request must be
 * confirmed, because it is usually a typing error.
 */
public final class FundingRules {

    private FundingRules() {}

    /** Throws {@link InvalidFieldException} naming the first field that breaks a rule. */
    public static void check(FundingApplicationData data) {
        FundingStatus status = data.status();
        if (status != FundingStatus.PLANNED && status != FundingStatus.WITHDRAWN && data.submittedOn() == null) {
            throw new InvalidFieldException("submittedOn", "funding.error.submitted-on-required");
        }
        if (status.decided() && data.decisionDate() == null) {
            throw new InvalidFieldException("decisionDate", "funding.error.decision-date-required");
        }
        if (!status.decided() && status != FundingStatus.WITHDRAWN && data.decisionDate() != null) {
            throw new InvalidFieldException("decisionDate", "funding.error.decision-without-decided-status");
        }
        if (status.granted() && data.grantedAmount() == null) {
            throw new InvalidFieldException("grantedAmount", "funding.error.granted-amount-required");
        }
        if (!status.granted() && status != FundingStatus.WITHDRAWN && positive(data.grantedAmount())) {
            throw new InvalidFieldException("grantedAmount", "funding.error.granted-without-granted-status");
        }
        if (data.submittedOn() != null
                && data.decisionDate() != null
                && data.submittedOn().isAfter(data.decisionDate())) {
            throw new InvalidFieldException("submittedOn", "funding.error.submitted-after-decision");
        }
        BigDecimal granted = data.grantedAmount();
        if (granted != null && granted.compareTo(data.requestedAmount()) > 0 && !data.grantAboveRequestConfirmed()) {
            throw new InvalidFieldException("grantedAmount", "funding.error.granted-above-requested");
        }
        if (status == FundingStatus.PARTLY_GRANTED
                && granted != null
                && granted.compareTo(data.requestedAmount()) >= 0) {
            throw new InvalidFieldException("grantedAmount", "funding.error.partly-granted-not-below");
        }
        if (positive(data.receivedAmount())
                && (granted == null || data.receivedAmount().compareTo(granted) > 0)) {
            throw new InvalidFieldException("receivedAmount", "funding.error.received-above-granted");
        }
        if (data.proofOfUseSubmittedOn() != null
                && data.decisionDate() != null
                && data.proofOfUseSubmittedOn().isBefore(data.decisionDate())) {
            throw new InvalidFieldException("proofOfUseSubmittedOn", "funding.error.proof-before-decision");
        }
        if ((data.proofOfUseDue() != null || data.proofOfUseSubmittedOn() != null) && !status.granted()) {
            throw new InvalidFieldException("proofOfUseDue", "funding.error.proof-without-grant");
        }
    }

    private static boolean positive(BigDecimal amount) {
        return amount != null && amount.signum() > 0;
    }
}
