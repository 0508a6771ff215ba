package de.lotse.portfolio.money;

import de.lotse.portfolio.ProjectId;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.TenantId;
import org.hibernate.envers.Audited;

/** An application of a project for money from a funding programme, through to the proof of use. */
@Entity
@Audited
public class FundingApplication {

    @EmbeddedId
    @AttributeOverride(name = "value", column = @Column(name = "id"))
    private FundingApplicationId id;

    @TenantId
    private UUID tenantId;

    @Version
    private Long version;

    @Embedded
    @AttributeOverride(name = "value", column = @Column(name = "project_id"))
    private ProjectId project;

    private String programme;

    @Enumerated(EnumType.STRING)
    private FundingBody fundingBody;

    @Enumerated(EnumType.STRING)
    private FundingStatus status;

    private LocalDate callDeadline;

    private LocalDate submittedOn;

    private BigDecimal requestedAmount;

    private BigDecimal ownShare;

    private LocalDate decisionDate;

    private BigDecimal grantedAmount;

    private BigDecimal receivedAmount;

    private LocalDate proofOfUseDue;

    private LocalDate proofOfUseSubmittedOn;

    private String note;

    protected FundingApplication() {}

    FundingApplication(ProjectId project, FundingApplicationData data) {
        this.id = FundingApplicationId.random();
        this.project = project;
        apply(data);
    }

    final void apply(FundingApplicationData data) {
        FundingApplicationData normalised = data.normalised();
        this.programme = normalised.programme();
        this.fundingBody = normalised.fundingBody();
        this.status = normalised.status();
        this.callDeadline = normalised.callDeadline();
        this.submittedOn = normalised.submittedOn();
        this.requestedAmount = normalised.requestedAmount();
        this.ownShare = normalised.ownShare();
        this.decisionDate = normalised.decisionDate();
        this.grantedAmount = normalised.grantedAmount();
        this.receivedAmount = normalised.receivedAmount();
        this.proofOfUseDue = normalised.proofOfUseDue();
        this.proofOfUseSubmittedOn = normalised.proofOfUseSubmittedOn();
        this.note = normalised.note();
    }

    public FundingApplicationId id() {
        return id;
    }

    public long version() {
        return version == null ? 0 : version;
    }

    public ProjectId project() {
        return project;
    }

    public String programme() {
        return programme;
    }

    public FundingBody fundingBody() {
        return fundingBody;
    }

    public FundingStatus status() {
        return status;
    }

    public LocalDate callDeadline() {
        return callDeadline;
    }

    public LocalDate submittedOn() {
        return submittedOn;
    }

    public BigDecimal requestedAmount() {
        return requestedAmount;
    }

    public BigDecimal ownShare() {
        return ownShare;
    }

    public LocalDate decisionDate() {
        return decisionDate;
    }

    public BigDecimal grantedAmount() {
        return grantedAmount;
    }

    public BigDecimal receivedAmount() {
        return receivedAmount;
    }

    public LocalDate proofOfUseDue() {
        return proofOfUseDue;
    }

    public LocalDate proofOfUseSubmittedOn() {
        return proofOfUseSubmittedOn;
    }

    public String note() {
        return note;
    }

    /** Whether more was granted than requested (which the person confirmed when saving it). */
    public boolean grantedAboveRequested() {
        return grantedAmount != null && grantedAmount.compareTo(requestedAmount) > 0;
    }

    /** What a person can set, as it is now; a grant above the request counts as confirmed. */
    public FundingApplicationData data() {
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
                grantedAboveRequested());
    }
}
