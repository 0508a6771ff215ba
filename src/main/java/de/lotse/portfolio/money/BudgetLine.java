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
import java.util.UUID;
import org.hibernate.annotations.TenantId;
import org.hibernate.envers.Audited;

/** The money of one project in one fiscal year for one cost type: planned, approved and spent. */
@Entity
@Audited
public class BudgetLine {

    @EmbeddedId
    @AttributeOverride(name = "value", column = @Column(name = "id"))
    private BudgetLineId id;

    @TenantId
    private UUID tenantId;

    @Version
    private Long version;

    @Embedded
    @AttributeOverride(name = "value", column = @Column(name = "project_id"))
    private ProjectId project;

    private int fiscalYear;

    @Enumerated(EnumType.STRING)
    private CostType costType;

    private BigDecimal planned;

    private BigDecimal approved;

    private BigDecimal spent;

    private String costCentre;

    private String note;

    protected BudgetLine() {}

    BudgetLine(ProjectId project, BudgetLineData data) {
        this.id = BudgetLineId.random();
        this.project = project;
        apply(data);
    }

    final void apply(BudgetLineData data) {
        BudgetLineData normalised = data.normalised();
        this.fiscalYear = normalised.fiscalYear();
        this.costType = normalised.costType();
        this.planned = normalised.planned();
        this.approved = normalised.approved();
        this.spent = normalised.spent();
        this.costCentre = normalised.costCentre();
        this.note = normalised.note();
    }

    public BudgetLineId id() {
        return id;
    }

    public long version() {
        return version == null ? 0 : version;
    }

    public ProjectId project() {
        return project;
    }

    public int fiscalYear() {
        return fiscalYear;
    }

    public CostType costType() {
        return costType;
    }

    public BigDecimal planned() {
        return planned;
    }

    public BigDecimal approved() {
        return approved;
    }

    public BigDecimal spent() {
        return spent;
    }

    public String costCentre() {
        return costCentre;
    }

    public String note() {
        return note;
    }

    /** What a person can set, as it is now. */
    public BudgetLineData data() {
        return new BudgetLineData(fiscalYear, costType, planned, approved, spent, costCentre, note);
    }
}
