package de.lotse.portfolio.money.web;

import de.lotse.portfolio.money.FundingApplication;
import de.lotse.portfolio.money.FundingApplicationData;
import de.lotse.portfolio.money.FundingBody;
import de.lotse.portfolio.money.FundingStatus;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/** The funding application form as the person filled it in; amounts as typed. */
class FundingApplicationForm {

    @NotBlank
    @Size(max = 300)
    private String programme;

    @NotNull
    private FundingBody fundingBody = FundingBody.FEDERAL;

    @NotNull
    private FundingStatus status = FundingStatus.PLANNED;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate callDeadline;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate submittedOn;

    private String requestedAmount;

    private String ownShare;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate decisionDate;

    private String grantedAmount;

    private String receivedAmount;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate proofOfUseDue;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate proofOfUseSubmittedOn;

    @Size(max = 2000)
    private String note;

    private boolean grantAboveRequestConfirmed;

    private long version;

    static FundingApplicationForm of(FundingApplication application, Locale locale) {
        FundingApplicationForm form = new FundingApplicationForm();
        form.programme = application.programme();
        form.fundingBody = application.fundingBody();
        form.status = application.status();
        form.callDeadline = application.callDeadline();
        form.submittedOn = application.submittedOn();
        form.requestedAmount = AmountField.write(application.requestedAmount(), locale);
        form.ownShare = AmountField.write(application.ownShare(), locale);
        form.decisionDate = application.decisionDate();
        form.grantedAmount = AmountField.write(application.grantedAmount(), locale);
        form.receivedAmount = AmountField.write(application.receivedAmount(), locale);
        form.proofOfUseDue = application.proofOfUseDue();
        form.proofOfUseSubmittedOn = application.proofOfUseSubmittedOn();
        form.note = application.note();
        form.grantAboveRequestConfirmed = application.grantedAboveRequested();
        form.version = application.version();
        return form;
    }

    /** The data, or null when an amount is missing or malformed (the errors say which). */
    FundingApplicationData data(Errors errors) {
        BigDecimal requested = AmountField.read(errors, "requestedAmount", requestedAmount, true);
        BigDecimal own = AmountField.read(errors, "ownShare", ownShare, false);
        BigDecimal granted = AmountField.read(errors, "grantedAmount", grantedAmount, false);
        BigDecimal received = AmountField.read(errors, "receivedAmount", receivedAmount, false);
        if (errors.hasErrors()) {
            return null;
        }
        return new FundingApplicationData(
                programme,
                fundingBody,
                status,
                callDeadline,
                submittedOn,
                requested,
                own,
                decisionDate,
                granted,
                received,
                proofOfUseDue,
                proofOfUseSubmittedOn,
                note,
                grantAboveRequestConfirmed);
    }

    public String getProgramme() {
        return programme;
    }

    public void setProgramme(String programme) {
        this.programme = programme;
    }

    public FundingBody getFundingBody() {
        return fundingBody;
    }

    public void setFundingBody(FundingBody fundingBody) {
        this.fundingBody = fundingBody;
    }

    public FundingStatus getStatus() {
        return status;
    }

    public void setStatus(FundingStatus status) {
        this.status = status;
    }

    public LocalDate getCallDeadline() {
        return callDeadline;
    }

    public void setCallDeadline(LocalDate callDeadline) {
        this.callDeadline = callDeadline;
    }

    public LocalDate getSubmittedOn() {
        return submittedOn;
    }

    public void setSubmittedOn(LocalDate submittedOn) {
        this.submittedOn = submittedOn;
    }

    public String getRequestedAmount() {
        return requestedAmount;
    }

    public void setRequestedAmount(String requestedAmount) {
        this.requestedAmount = requestedAmount;
    }

    public String getOwnShare() {
        return ownShare;
    }

    public void setOwnShare(String ownShare) {
        this.ownShare = ownShare;
    }

    public LocalDate getDecisionDate() {
        return decisionDate;
    }

    public void setDecisionDate(LocalDate decisionDate) {
        this.decisionDate = decisionDate;
    }

    public String getGrantedAmount() {
        return grantedAmount;
    }

    public void setGrantedAmount(String grantedAmount) {
        this.grantedAmount = grantedAmount;
    }

    public String getReceivedAmount() {
        return receivedAmount;
    }

    public void setReceivedAmount(String receivedAmount) {
        this.receivedAmount = receivedAmount;
    }

    public LocalDate getProofOfUseDue() {
        return proofOfUseDue;
    }

    public void setProofOfUseDue(LocalDate proofOfUseDue) {
        this.proofOfUseDue = proofOfUseDue;
    }

    public LocalDate getProofOfUseSubmittedOn() {
        return proofOfUseSubmittedOn;
    }

    public void setProofOfUseSubmittedOn(LocalDate proofOfUseSubmittedOn) {
        this.proofOfUseSubmittedOn = proofOfUseSubmittedOn;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public boolean isGrantAboveRequestConfirmed() {
        return grantAboveRequestConfirmed;
    }

    public void setGrantAboveRequestConfirmed(boolean grantAboveRequestConfirmed) {
        this.grantAboveRequestConfirmed = grantAboveRequestConfirmed;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
