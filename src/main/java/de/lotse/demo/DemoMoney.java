package de.lotse.demo;

import de.lotse.portfolio.ProjectId;
import de.lotse.portfolio.money.BudgetLineData;
import de.lotse.portfolio.money.BudgetLines;
import de.lotse.portfolio.money.CostType;
import de.lotse.portfolio.money.FundingApplicationData;
import de.lotse.portfolio.money.FundingApplications;
import de.lotse.portfolio.money.FundingBody;
import de.lotse.portfolio.money.FundingStatus;
import de.lotse.portfolio.money.ProjectLookup;
import de.lotse.portfolio.money.ProjectSummary;
import de.lotse.portfolio.qualification.Pilots;
import de.lotse.portfolio.qualification.QualificationMeasureData;
import de.lotse.portfolio.qualification.QualificationMeasures;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The money and trainings of the demo municipalities' projects: budget lines over the last, the
 * current and the next fiscal year, funding applications in every status and qualification
 * measures, added to whatever projects exist, in the order of their titles, so that every run gives
 * the same figures. Call it as the municipality, after its projects are created.
 */
@Component
class DemoMoney {

    /** A real programme with its funding body. */
    private record Programme(String name, FundingBody body) {}

    private static final List<Programme> PROGRAMMES = List.of(
            new Programme("Modellprojekte Smart Cities", FundingBody.FEDERAL),
            new Programme("EFRE 2021–2027 – Digitale Verwaltung", FundingBody.EU),
            new Programme("Gigabitförderung 2.0", FundingBody.FEDERAL),
            new Programme("Landesprogramm Digitale Kommune", FundingBody.STATE),
            new Programme("DigitalPakt Schule", FundingBody.FEDERAL),
            new Programme("Förderaufruf Digitale Modellregionen des Landes", FundingBody.STATE),
            new Programme("Stiftungsprogramm Engagement digital", FundingBody.OTHER),
            new Programme("Interreg Europe – Smart Regions", FundingBody.EU));

    /** Every status once, in the order a demo reader meets them. */
    private static final List<FundingStatus> STATUSES = List.of(
            FundingStatus.GRANTED,
            FundingStatus.SUBMITTED,
            FundingStatus.PLANNED,
            FundingStatus.PARTLY_GRANTED,
            FundingStatus.REJECTED,
            FundingStatus.WITHDRAWN);

    private static final List<String> TRAININGS = List.of(
            "Einführungsschulung für die Fachbereiche",
            "Sprechstunde der digitalen Lotsinnen und Lotsen",
            "Schulung für Multiplikatorinnen und Multiplikatoren");

    private final ProjectLookup projects;
    private final BudgetLines lines;
    private final FundingApplications applications;
    private final QualificationMeasures measures;
    private final Pilots pilots;
    private final Clock clock;

    DemoMoney(
            ProjectLookup projects,
            BudgetLines lines,
            FundingApplications applications,
            QualificationMeasures measures,
            Pilots pilots,
            Clock clock) {
        this.projects = projects;
        this.lines = lines;
        this.applications = applications;
        this.measures = measures;
        this.pilots = pilots;
        this.clock = clock;
    }

    /** Musterstadt, a mid-sized city: larger sums and an application for most projects. */
    Void musterstadt() {
        addToProjects(new BigDecimal("1.0"));
        return null;
    }

    /** Beispielhausen, a small town: smaller sums. */
    Void beispielhausen() {
        addToProjects(new BigDecimal("0.25"));
        return null;
    }

    /** Adds the demo money to the current municipality's projects; nothing when it has none. */
    void addToProjects(BigDecimal scale) {
        List<ProjectSummary> all = projects.allByTitle();
        if (all.isEmpty()) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        int year = today.getYear();
        UUID pilot = pilots.all().stream().findFirst().map(Pilots.Pilot::id).orElse(null);
        for (int i = 0; i < all.size(); i++) {
            ProjectId project = all.get(i).id();
            BigDecimal base = amount(20_000 + (i * 7_919) % 180_000, scale);
            budget(project, year - 1, CostType.INVESTIVE, base, "0.92", "0.88");
            budget(project, year, CostType.INVESTIVE, base.multiply(new BigDecimal("1.2")), "1.0", "0.41");
            budget(project, year + 1, CostType.INVESTIVE, base.multiply(new BigDecimal("1.1")), "0", "0");
            if (i % 2 == 0) {
                BigDecimal running = amount(4_000 + (i * 1_231) % 16_000, scale);
                budget(project, year - 1, CostType.CONSUMPTIVE, running, "1.0", "0.97");
                budget(project, year, CostType.CONSUMPTIVE, running, "1.0", "0.5");
                budget(project, year + 1, CostType.CONSUMPTIVE, running.multiply(new BigDecimal("1.05")), "0", "0");
            }
            if (i % 3 == 1) {
                training(project, i, today, pilot);
            }
        }
        // at least one application in every status, then one for every further second project
        int count = Math.max(STATUSES.size(), (all.size() + 1) / 2);
        for (int k = 0; k < count; k++) {
            ProjectId project = all.get((k * 2) % all.size()).id();
            Programme programme = PROGRAMMES.get(k % PROGRAMMES.size());
            BigDecimal requested = amount(50_000 + (k * 37_013) % 400_000, scale);
            applications.create(
                    project, application(programme, STATUSES.get(k % STATUSES.size()), requested, today, k));
        }
    }

    private void budget(ProjectId project, int year, CostType type, BigDecimal planned, String approved, String spent) {
        BigDecimal approvedAmount = round(planned.multiply(new BigDecimal(approved)));
        BigDecimal spentAmount = round(approvedAmount.multiply(new BigDecimal(spent)));
        lines.create(
                project,
                new BudgetLineData(
                        year,
                        type,
                        round(planned),
                        approvedAmount,
                        spentAmount,
                        type == CostType.INVESTIVE ? "Investitionsmaßnahme I-" + year : "Produkt 1.11.05",
                        null));
    }

    private void training(ProjectId project, int i, LocalDate today, UUID pilot) {
        int planned = 8 + (i * 5) % 20;
        measures.create(
                project,
                new QualificationMeasureData(
                        TRAININGS.get(i % TRAININGS.size()),
                        "Beschäftigte der beteiligten Fachbereiche",
                        today.minusDays(20 + i),
                        planned,
                        planned - (i % 4),
                        pilot,
                        null));
        measures.create(
                project,
                new QualificationMeasureData(
                        "Auffrischung und Fragen aus der Praxis",
                        "Alle Nutzerinnen und Nutzer",
                        today.plusDays(14 + i),
                        planned,
                        null,
                        pilot,
                        null));
    }

    private static FundingApplicationData application(
            Programme programme, FundingStatus status, BigDecimal requested, LocalDate today, int k) {
        BigDecimal ownShare = round(requested.multiply(new BigDecimal("0.1")));
        LocalDate submitted = status == FundingStatus.PLANNED ? null : today.minusMonths(8 + k % 6);
        LocalDate decided = status.decided() ? today.minusMonths(3 + k % 3) : null;
        BigDecimal granted =
                switch (status) {
                    case GRANTED -> requested;
                    case PARTLY_GRANTED -> round(requested.multiply(new BigDecimal("0.6")));
                    default -> null;
                };
        BigDecimal received = granted == null ? null : round(granted.multiply(new BigDecimal("0.5")));
        // the first grant's proof of use is overdue, the others are due next year
        LocalDate proofDue = granted == null ? null : k == 0 ? today.minusDays(10) : today.plusMonths(9 + k % 4);
        if (status == FundingStatus.WITHDRAWN) {
            submitted = today.minusMonths(7);
        }
        LocalDate deadline = submitted == null ? today.plusDays(21 + k) : submitted.plusDays(5);
        return new FundingApplicationData(
                programme.name(),
                programme.body(),
                status,
                deadline,
                submitted,
                requested,
                ownShare,
                decided,
                granted,
                received,
                proofDue,
                null,
                status == FundingStatus.REJECTED
                        ? "Abgelehnt wegen überzeichneter Mittel; neuer Aufruf erwartet."
                        : null,
                false);
    }

    private static BigDecimal amount(int euros, BigDecimal scale) {
        return BigDecimal.valueOf(euros)
                .multiply(scale)
                .setScale(-2, RoundingMode.HALF_UP)
                .setScale(2);
    }

    private static BigDecimal round(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }
}
