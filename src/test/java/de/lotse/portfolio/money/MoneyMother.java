package de.lotse.portfolio.money;

import de.lotse.portfolio.ProjectId;
import de.lotse.portfolio.qualification.QualificationMeasureData;
import de.lotse.portfolio.qualification.QualificationMeasureId;
import de.lotse.portfolio.qualification.QualificationMeasures;
import de.lotse.tenancy.MunicipalityId;
import de.lotse.tenancy.TenantFixture;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/** Builds money and qualification records of a project for tests. */
@Component
public class MoneyMother {

    private final TenantFixture tenants;
    private final BudgetLines lines;
    private final FundingApplications applications;
    private final QualificationMeasures measures;

    MoneyMother(
            TenantFixture tenants,
            BudgetLines lines,
            FundingApplications applications,
            QualificationMeasures measures) {
        this.tenants = tenants;
        this.lines = lines;
        this.applications = applications;
        this.measures = measures;
    }

    /** A project's budget line, funding application and training, the latter two named as given. */
    public record Records(
            ProjectId project, BudgetLineId line, FundingApplicationId funding, QualificationMeasureId training) {}

    public static BudgetLineData line(int year, CostType type, String planned, String approved, String spent) {
        return new BudgetLineData(
                year, type, new BigDecimal(planned), new BigDecimal(approved), new BigDecimal(spent), null, null);
    }

    public static FundingApplicationData planned(String programme, String requested, LocalDate deadline) {
        return new FundingApplicationData(
                programme,
                FundingBody.EU,
                FundingStatus.PLANNED,
                deadline,
                null,
                new BigDecimal(requested),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                false);
    }

    public Records recordsOf(MunicipalityId municipality, ProjectId project, String name) {
        return tenants.as(
                municipality,
                () -> new Records(
                        project,
                        lines.create(project, line(2026, CostType.INVESTIVE, "50000", "40000", "1000"))
                                .id(),
                        applications
                                .create(project, planned(name, "80000", LocalDate.of(2026, 9, 30)))
                                .id(),
                        measures.create(
                                        project,
                                        new QualificationMeasureData(
                                                name, null, LocalDate.of(2026, 5, 4), 10, null, null, null))
                                .id()));
    }

    /** Whether the records are all still there in their first version. */
    public boolean unchanged(MunicipalityId municipality, Records records) {
        return tenants.as(
                municipality,
                () -> lines.get(records.project(), records.line()).version() == 0
                        && applications
                                        .get(records.project(), records.funding())
                                        .version()
                                == 0
                        && measures.get(records.project(), records.training()).version() == 0);
    }
}
