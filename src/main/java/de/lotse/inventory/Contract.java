package de.lotse.inventory;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.TenantId;
import org.hibernate.envers.Audited;

/** A contract an application runs under: licence, maintenance, hosting or support, with its notice terms. */
@Entity
@Audited
@Table(name = "application_contract")
public class Contract {

    @EmbeddedId
    @AttributeOverride(name = "value", column = @Column(name = "id"))
    private ContractId id;

    @TenantId
    private UUID tenantId;

    @Version
    private Long version;

    @Embedded
    @AttributeOverride(name = "value", column = @Column(name = "application_id"))
    private ApplicationId application;

    private String contractor;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private int noticePeriodMonths;
    private boolean autoRenewal;
    private Integer renewalTermMonths;

    @Embedded
    private AnnualCosts costs;

    private String costCentre;
    private String notifyEmail;

    protected Contract() {}

    Contract(ApplicationId application, ContractData data) {
        this.id = ContractId.random();
        this.application = application;
        apply(data);
    }

    final void apply(ContractData data) {
        this.contractor = data.contractor().strip();
        this.startsOn = data.startsOn();
        this.endsOn = data.endsOn();
        this.noticePeriodMonths = data.noticePeriodMonths();
        this.autoRenewal = data.autoRenewal();
        this.renewalTermMonths = data.autoRenewal() ? data.renewalTermMonths() : null;
        this.costs = data.costs();
        this.costCentre = blankToNull(data.costCentre());
        this.notifyEmail = blankToNull(data.notifyEmail());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public ContractId id() {
        return id;
    }

    public long version() {
        return version == null ? 0 : version;
    }

    public ApplicationId application() {
        return application;
    }

    public ContractData data() {
        return new ContractData(
                contractor,
                startsOn,
                endsOn,
                noticePeriodMonths,
                autoRenewal,
                renewalTermMonths,
                costs,
                costCentre,
                notifyEmail);
    }

    /** The next notice deadline seen from today; none for an open-ended contract. */
    public Optional<NoticeDeadline> noticeDeadline(LocalDate today) {
        return NoticeDeadline.next(endsOn, noticePeriodMonths, autoRenewal, renewalTermMonths, today);
    }
}
