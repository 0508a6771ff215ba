package de.lotse.demo;

import de.lotse.strategy.FieldColour;
import de.lotse.strategy.FieldOfActionData;
import de.lotse.strategy.FieldOfActionId;
import de.lotse.strategy.FieldsOfAction;
import de.lotse.strategy.Goal;
import de.lotse.strategy.GoalData;
import de.lotse.strategy.GoalId;
import de.lotse.strategy.Goals;
import de.lotse.strategy.Indicator;
import de.lotse.strategy.IndicatorData;
import de.lotse.strategy.IndicatorDirection;
import de.lotse.strategy.Indicators;
import de.lotse.strategy.MeasuredValueData;
import de.lotse.strategy.VisionData;
import de.lotse.strategy.Visions;
import de.lotse.tenancy.DepartmentId;
import de.lotse.tenancy.DepartmentTree;
import de.lotse.tenancy.Departments;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The digital strategies of the demo municipalities: Musterstadt's with a vision, six fields of
 * action, fifteen goals and indicators measured every quarter of the last two years; a small one for
 * Beispielhausen. Dates are relative to today, so the demo never looks stale.
 */
@Component
class DemoStrategy {

    private static final String MUSTERSTADT_VISION =
            """
            ## Musterstadt 2030: digital, nah und offen

            Musterstadt nutzt die Digitalisierung, um das Leben in der Stadt **einfacher, gerechter und \
            nachhaltiger** zu machen. Nicht die Technik steht im Mittelpunkt, sondern die Menschen, die hier \
            leben, lernen und arbeiten.

            Bis 2030 erledigen Bürgerinnen, Bürger und Unternehmen ihre Anliegen bei der Stadt online – \
            zu jeder Zeit, barrierefrei und ohne Medienbrüche. Wer lieber persönlich kommt, wird im Bürgeramt \
            ohne lange Wartezeiten beraten.

            Unsere Schulen sind digital gut ausgestattet, unsere Daten sind offen, wo sie niemandem schaden, \
            und helfen beim Klimaschutz und bei einer Mobilität, die für alle funktioniert. Dabei gilt:

            - Wir beteiligen die Stadtgesellschaft an den Entscheidungen.
            - Wir setzen auf offene Standards und teilen Lösungen mit anderen Kommunen.
            - Wir qualifizieren unsere Beschäftigten, damit neue Werkzeuge auch im Alltag ankommen.
            """;

    private final Visions visions;
    private final FieldsOfAction fields;
    private final Goals goals;
    private final Indicators indicators;
    private final Departments departments;
    private final Clock clock;

    private Map<String, DepartmentId> departmentsByShortName = Map.of();

    DemoStrategy(
            Visions visions,
            FieldsOfAction fields,
            Goals goals,
            Indicators indicators,
            Departments departments,
            Clock clock) {
        this.visions = visions;
        this.fields = fields;
        this.goals = goals;
        this.indicators = indicators;
        this.departments = departments;
        this.clock = clock;
    }

    Void musterstadt() {
        readDepartments();
        visions.save(null, new VisionData(MUSTERSTADT_VISION, true));
        LocalDate today = LocalDate.now(clock);
        LocalDate start = today.minusYears(2);
        LocalDate horizon = LocalDate.of(today.getYear() + 4, 12, 31);

        FieldOfActionId administration = field(
                "Verwaltung & Bürgerservice",
                "Leistungen der Stadt digital, medienbruchfrei und barrierefrei anbieten.",
                FieldColour.BLUE);
        GoalId online = goal(
                administration,
                "Alle Verwaltungsleistungen sind online erreichbar",
                "Die Leistungen nach dem Onlinezugangsgesetz sind vollständig digital beantragbar.",
                "10",
                horizon);
        indicator(online, "Online beantragbare Leistungen", "%", true, 18, start, 95, horizon, 0.55);
        indicator(online, "Anteil digital eingegangener Anträge", "%", true, 9, start, 60, horizon, 0.4);
        GoalId waiting = goal(
                administration,
                "Kurze Wartezeiten im Bürgeramt",
                "Termine online buchen, Wartezeiten transparent machen.",
                "33",
                horizon.minusYears(2));
        indicator(
                waiting,
                "Mittlere Wartezeit auf einen Termin",
                "Tage",
                false,
                21,
                start,
                5,
                horizon.minusYears(2),
                0.6);
        GoalId eFile = goal(
                administration,
                "Die E-Akte ist in allen Ämtern eingeführt",
                "Akten werden elektronisch geführt und Vorgänge digital bearbeitet.",
                "10.2",
                horizon.minusYears(1));
        indicator(eFile, "Ämter mit E-Akte", "Ämter", true, 2, start, 14, horizon.minusYears(1), 0.5);

        FieldOfActionId education = field(
                "Bildung",
                "Schulen und Weiterbildung mit guter digitaler Ausstattung und Kompetenz.",
                FieldColour.GREEN);
        GoalId schools = goal(
                education,
                "Jede Schule hat Glasfaser und WLAN in allen Räumen",
                "Gemeinsam mit dem Medienentwicklungsplan der Schulen.",
                "40",
                horizon.minusYears(2));
        indicator(schools, "Schulen mit Glasfaseranschluss", "Schulen", true, 6, start, 24, horizon.minusYears(2), 0.7);
        GoalId devices = goal(
                education,
                "Leihgeräte für alle Schülerinnen und Schüler, die eines brauchen",
                null,
                "40",
                horizon.minusYears(3));
        indicator(devices, "Ausgegebene Leihgeräte", "Stück", true, 350, start, 2000, horizon.minusYears(3), 0.8);
        GoalId staff = goal(
                education,
                "Beschäftigte der Verwaltung sind digital qualifiziert",
                "Schulungen zu neuen Verfahren, Datenschutz und Informationssicherheit.",
                "11",
                horizon);
        indicator(staff, "Beschäftigte mit Basisschulung", "%", true, 12, start, 90, horizon, 0.45);

        FieldOfActionId mobility = field(
                "Mobilität",
                "Mobilität, die für alle funktioniert – vernetzt, sicher, klimafreundlich.",
                FieldColour.TEAL);
        GoalId parking = goal(
                mobility, "Parken und Anwohnerparkausweise vollständig digital", null, "32", horizon.minusYears(3));
        indicator(
                parking,
                "Digital beantragte Anwohnerparkausweise",
                "%",
                true,
                5,
                start,
                80,
                horizon.minusYears(3),
                0.65);
        GoalId traffic = goal(
                mobility,
                "Verkehrsdaten sind offen und in Echtzeit verfügbar",
                "Als offene Daten auf dem Datenportal der Stadt.",
                "61",
                horizon.minusYears(1));
        indicator(
                traffic,
                "Offene Datensätze zur Mobilität",
                "Datensätze",
                true,
                3,
                start,
                40,
                horizon.minusYears(1),
                0.35);

        FieldOfActionId climate = field(
                "Klima & Umwelt",
                "Mit Daten und digitalen Werkzeugen das Klimaziel der Stadt erreichen.",
                FieldColour.OLIVE);
        GoalId energy = goal(
                climate,
                "Der Energieverbrauch städtischer Gebäude wird digital erfasst",
                "Smarte Zähler in allen städtischen Liegenschaften.",
                "36",
                horizon.minusYears(2));
        indicator(energy, "Gebäude mit digitalen Zählern", "%", true, 10, start, 100, horizon.minusYears(2), 0.5);
        GoalId paper = goal(climate, "Die Verwaltung arbeitet weitgehend papierlos", null, "10", horizon);
        indicator(
                paper,
                "Papierverbrauch der Verwaltung",
                "Blatt je Beschäftigten",
                false,
                9500,
                start,
                2500,
                horizon,
                0.4);
        GoalId co2 = goal(
                climate,
                "Der CO₂-Ausstoß der Rechenzentren sinkt",
                "Durch Konsolidierung und Ökostrom.",
                "10.2",
                horizon);
        indicator(co2, "CO₂-Ausstoß des IT-Betriebs", "t CO₂", false, 410, start, 120, horizon, 0.5);

        FieldOfActionId economy = field(
                "Wirtschaft & Infrastruktur",
                "Schnelles Netz und digitale Angebote für Unternehmen.",
                FieldColour.BROWN);
        GoalId fibre = goal(
                economy,
                "Glasfaser für alle Gewerbegebiete",
                "Ausbau mit Förderung von Bund und Land.",
                "20",
                horizon.minusYears(1));
        indicator(fibre, "Gewerbegebiete mit Glasfaser", "%", true, 35, start, 100, horizon.minusYears(1), 0.6);
        GoalId permits =
                goal(economy, "Bauanträge werden digital gestellt und bearbeitet", null, "63", horizon.minusYears(2));
        indicator(permits, "Digitale Bauanträge", "%", true, 0, start, 85, horizon.minusYears(2), 0.55);

        FieldOfActionId participation = field(
                "Teilhabe", "Niemand bleibt zurück: Beteiligung und digitale Kompetenz für alle.", FieldColour.PURPLE);
        GoalId involvement = goal(
                participation,
                "Bürgerinnen und Bürger beteiligen sich online an Planungen",
                "Über die Beteiligungsplattform der Stadt.",
                "SD",
                horizon);
        indicator(involvement, "Beteiligungsverfahren online", "Verfahren je Jahr", true, 2, start, 15, horizon, 0.5);
        GoalId help = goal(
                participation,
                "Digitale Sprechstunden in jedem Stadtteil",
                "Lotsinnen und Lotsen helfen beim Umgang mit Online-Diensten.",
                "50",
                horizon.minusYears(3));
        indicator(
                help,
                "Stadtteile mit digitaler Sprechstunde",
                "Stadtteile",
                true,
                1,
                start,
                9,
                horizon.minusYears(3),
                0.75);
        return null;
    }

    Void beispielhausen() {
        readDepartments();
        visions.save(
                null,
                new VisionData(
                        "Beispielhausen bleibt ein lebenswerter Ort: Wir bringen die Dienste der Gemeinde"
                                + " **zu den Menschen** – online und im Rathaus.",
                        false));
        LocalDate today = LocalDate.now(clock);
        LocalDate start = today.minusYears(1);
        LocalDate horizon = LocalDate.of(today.getYear() + 3, 12, 31);
        FieldOfActionId service =
                field("Bürgernahes Rathaus", "Dienste der Gemeinde einfach erreichbar.", FieldColour.RED);
        GoalId appointments = goal(service, "Termine im Rathaus online buchen", null, "FB 2", horizon);
        indicator(appointments, "Online gebuchte Termine", "%", true, 0, start, 70, horizon, 0.3);
        FieldOfActionId network = field("Schnelles Netz", "Breitband für jeden Ortsteil.", FieldColour.SLATE);
        GoalId fibre = goal(network, "Jeder Ortsteil hat Glasfaser", null, "FB 3", horizon);
        indicator(fibre, "Ortsteile mit Glasfaser", "Ortsteile", true, 1, start, 6, horizon, 0.4);
        goal(network, "WLAN im Rathaus und in der Bücherei", null, "FB 1", horizon.minusYears(2));
        return null;
    }

    private void readDepartments() {
        Map<String, DepartmentId> byShortName = new HashMap<>();
        departments.tree().entries().stream()
                .map(DepartmentTree.Entry::department)
                .filter(department -> department.shortName() != null)
                .forEach(department -> byShortName.put(department.shortName(), department.id()));
        departmentsByShortName = byShortName;
    }

    private FieldOfActionId field(String name, String description, FieldColour colour) {
        return fields.create(new FieldOfActionData(name, description, colour.hex()))
                .id();
    }

    private GoalId goal(
            FieldOfActionId field, String title, String description, String department, LocalDate targetDate) {
        Goal goal = goals.create(
                new GoalData(field, title, description, departmentsByShortName.get(department), targetDate));
        return goal.id();
    }

    /**
     * An indicator with a value every quarter from its baseline until today, on the way to the target:
     * {@code share} of the distance by now, with some noise so the line looks measured.
     */
    private void indicator(
            GoalId goal,
            String name,
            String unit,
            boolean higherIsBetter,
            double baseline,
            LocalDate baselineDate,
            double target,
            LocalDate targetDate,
            double share) {
        Indicator indicator = indicators.create(
                goal,
                new IndicatorData(
                        name,
                        unit,
                        higherIsBetter ? IndicatorDirection.HIGHER_IS_BETTER : IndicatorDirection.LOWER_IS_BETTER,
                        BigDecimal.valueOf(baseline),
                        baselineDate,
                        BigDecimal.valueOf(target),
                        targetDate));
        LocalDate today = LocalDate.now(clock);
        int quarters = 0;
        for (LocalDate day = baselineDate.plusMonths(3); !day.isAfter(today); day = day.plusMonths(3)) {
            quarters++;
        }
        int quarter = 0;
        for (LocalDate day = baselineDate.plusMonths(3); !day.isAfter(today); day = day.plusMonths(3)) {
            quarter++;
            // a steady way with a small wobble every other quarter, deterministic for the demo
            double wobble = (quarter % 2 == 0 ? 0.03 : -0.02) * Math.abs(target - baseline);
            double value =
                    baseline + (target - baseline) * share * quarter / quarters + (quarter < quarters ? wobble : 0);
            int scale = Math.abs(target - baseline) >= 50 ? 0 : 1;
            indicators.addValue(
                    indicator.id(),
                    new MeasuredValueData(
                            day,
                            BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_UP),
                            quarter == quarters ? "Auswertung " + day.getYear() : null));
        }
    }
}
