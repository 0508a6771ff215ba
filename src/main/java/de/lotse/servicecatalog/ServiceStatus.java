package de.lotse.servicecatalog;

import de.lotse.platform.WebAddress;
import de.lotse.tenancy.DepartmentId;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.TenantId;
import org.hibernate.envers.Audited;

/** What the municipality records about one service of the catalogue: responsibility, solution, maturity, cases. */
@Entity
@Audited
public class ServiceStatus {

    @EmbeddedId
    @AttributeOverride(name = "value", column = @Column(name = "id"))
    private ServiceStatusId id;

    @TenantId
    private UUID tenantId;

    @Version
    private Long version;

    private int serviceId;

    private boolean concerned;

    @Embedded
    @AttributeOverride(name = "value", column = @Column(name = "department_id"))
    private DepartmentId department;

    private String solutionName;

    private String solutionProvider;

    private boolean sharedSolution;

    @WebAddress
    private String onlineUrl;

    private LocalDate onlineSince;

    private short maturityLevel;

    @Column(name = "maturity_level_2")
    private short maturityLevel2;

    private Short casesYear;

    private Integer casesOnline;

    private Integer casesOffline;

    private String remarks;

    protected ServiceStatus() {}

    final void apply(ServiceStatusData data, MaturityModel model) {
        ServiceStatusData normalised = data.normalised();
        this.concerned = normalised.concerned();
        this.department = normalised.department();
        this.solutionName = normalised.solutionName();
        this.solutionProvider = normalised.solutionProvider();
        this.sharedSolution = normalised.sharedSolution();
        this.onlineUrl = normalised.onlineUrl();
        this.onlineSince = normalised.onlineSince();
        setLevel(model, normalised.maturityLevel());
        this.casesYear =
                normalised.casesYear() == null ? null : normalised.casesYear().shortValue();
        this.casesOnline = normalised.casesOnline();
        this.casesOffline = normalised.casesOffline();
        this.remarks = normalised.remarks();
    }

    /** Applies one change made for many services at once; what it leaves {@code null} stays. */
    void apply(ServiceStatuses.BulkChange change, MaturityModel model) {
        if (change.concerned() != null) {
            this.concerned = change.concerned();
        }
        if (change.department() != null) {
            this.department = change.department();
        }
        if (change.maturityLevel() != null) {
            setLevel(model, change.maturityLevel());
        }
    }

    private void setLevel(MaturityModel model, int level) {
        if (model == MaturityModel.OZG_2) {
            this.maturityLevel2 = (short) level;
        } else {
            this.maturityLevel = (short) level;
        }
    }

    public ServiceStatusId id() {
        return id;
    }

    public long version() {
        return version == null ? 0 : version;
    }

    /** The catalogue's LeiKa service this is about. */
    public int serviceId() {
        return serviceId;
    }
}
