package de.lotse.demo;

import de.lotse.portfolio.MilestoneData;
import de.lotse.portfolio.Milestones;
import de.lotse.portfolio.Project;
import de.lotse.portfolio.ProjectData;
import de.lotse.portfolio.ProjectMode;
import de.lotse.portfolio.ProjectPhase;
import de.lotse.portfolio.ProjectPriority;
import de.lotse.portfolio.Projects;
import de.lotse.portfolio.ReportingCadence;
import de.lotse.portfolio.RiskData;
import de.lotse.portfolio.RiskLevel;
import de.lotse.portfolio.Risks;
import de.lotse.portfolio.StatusLight;
import de.lotse.portfolio.StatusReportData;
import de.lotse.portfolio.StatusReports;
import de.lotse.portfolio.Topic;
import de.lotse.portfolio.TopicId;
import de.lotse.portfolio.Topics;
import de.lotse.strategy.GoalId;
import de.lotse.tenancy.DepartmentId;
import de.lotse.tenancy.DepartmentTree;
import de.lotse.tenancy.Departments;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The demo portfolios: 32 projects of Musterstadt over all phases and both modes, with status-report
 * history, milestones and risks, and a small, different portfolio for Beispielhausen. Projects serve
 * the goals that exist when it runs (so it runs after the demo strategy); without any goal the
 * projects stay ideas, because only ideas may serve none.
 */
@Component
class DemoPortfolio {

    /** One demo project; months count from today, lights from the oldest report to the latest. */
    private record Demo(
            String title,
            String summary,
            String department,
            ProjectMode mode,
            ProjectPhase phase,
            ProjectPriority priority,
            List<String> topics,
            int startMonths,
            int durationMonths,
            String lights,
            int lastReportMonthsAgo,
            List<String> milestones,
            List<String> risks) {}

    private static final ProjectMode LAB = ProjectMode.LAB;
    private static final ProjectMode LINE = ProjectMode.LINE;

    private static final List<Demo> MUSTERSTADT = List.of(
            demo(
                    "E-Akte-Einführung",
                    "Die elektronische Akte für alle Ämter, Amt für Amt eingeführt, mit Scanstelle und Schulungen.",
                    "Abteilung Organisation und IT",
                    LINE,
                    ProjectPhase.ROLLOUT,
                    ProjectPriority.HIGH,
                    List.of("Verwaltung & OZG"),
                    -20,
                    30,
                    "GGYYG",
                    0,
                    List.of("Pilotamt arbeitet mit der E-Akte", "Alle Ämter angeschlossen"),
                    List.of("Akzeptanz in den Ämtern")),
            demo(
                    "Digitales Bürgerbüro",
                    "Termine, Anträge und Bezahlung des Bürgeramts online; weniger Wartezeit vor Ort.",
                    "Bürgeramt",
                    LINE,
                    ProjectPhase.IMPLEMENTATION,
                    ProjectPriority.HIGH,
                    List.of("Verwaltung & OZG"),
                    -10,
                    18,
                    "GYYR",
                    0,
                    List.of("Online-Terminvergabe live", "E-Payment angebunden"),
                    List.of("Schnittstelle zum Fachverfahren verzögert")),
            demo(
                    "Schul-WLAN und Tablets",
                    "Flächendeckendes WLAN und Klassensätze Tablets für alle Grundschulen, mit Support-Konzept.",
                    "Schulverwaltungsamt",
                    LINE,
                    ProjectPhase.IMPLEMENTATION,
                    ProjectPriority.HIGH,
                    List.of("Bildung", "Breitband"),
                    -14,
                    24,
                    "GGYGG",
                    1,
                    List.of("Ausschreibung Tablets abgeschlossen", "Zehn Schulen mit WLAN"),
                    List.of("Lieferengpass bei Access Points")),
            demo(
                    "Open-Data-Portal",
                    "Offene Daten der Stadt nach DCAT-AP.de, beginnend mit Haushalt, Parken und Umwelt.",
                    "Stabsstelle Digitalisierung",
                    LAB,
                    ProjectPhase.CONCEPT,
                    ProjectPriority.MEDIUM,
                    List.of("Datenplattform", "Beteiligung"),
                    -2,
                    12,
                    "G",
                    0,
                    List.of("Datenkatalog abgestimmt"),
                    List.of()),
            demo(
                    "Smarte Parkraumbewirtschaftung",
                    "Sensoren melden freie Parkplätze in der Innenstadt; Anzeige in der Stadt-App.",
                    "Ordnungsamt",
                    LAB,
                    ProjectPhase.FUNDING,
                    ProjectPriority.MEDIUM,
                    List.of("Mobilität"),
                    3,
                    18,
                    "GY",
                    1,
                    List.of("Förderantrag eingereicht"),
                    List.of("Förderzusage offen")),
            demo(
                    "Ratsinformationssystem",
                    "Ein neues Ratsinformationssystem mit papierloser Gremienarbeit für Rat und Ausschüsse.",
                    "Hauptamt",
                    LINE,
                    ProjectPhase.PROCUREMENT,
                    ProjectPriority.MEDIUM,
                    List.of("Verwaltung & OZG", "Beteiligung"),
                    1,
                    12,
                    "GG",
                    0,
                    List.of("Vergabe veröffentlicht", "Zuschlag erteilt"),
                    List.of("Wenige Angebote")),
            demo(
                    "Breitbandausbau Gewerbegebiete",
                    "Glasfaser für die Gewerbegebiete Nord und Am Hafen, gefördert im Bundesprogramm.",
                    "Stadtplanungsamt",
                    LINE,
                    ProjectPhase.IMPLEMENTATION,
                    ProjectPriority.HIGH,
                    List.of("Breitband", "Wirtschaft"),
                    -8,
                    20,
                    "GYRR",
                    0,
                    List.of("Tiefbau Gewerbegebiet Nord"),
                    List.of("Tiefbaukapazitäten knapp", "Kosten steigen")),
            demo(
                    "Informationssicherheitsmanagement",
                    "Ein ISMS nach BSI IT-Grundschutz mit Informationssicherheitsbeauftragter und Notfallhandbuch.",
                    "Abteilung Organisation und IT",
                    LINE,
                    ProjectPhase.IMPLEMENTATION,
                    ProjectPriority.HIGH,
                    List.of("Cybersicherheit"),
                    -12,
                    24,
                    "YYYG",
                    2,
                    List.of("Strukturanalyse fertig", "Notfallübung"),
                    List.of("Personal für ISB fehlt")),
            demo(
                    "Digitale Personalakte",
                    "Personalakten digital, mit Zugriffsrechten und Aufbewahrungsfristen.",
                    "Personalamt",
                    LINE,
                    ProjectPhase.CONCEPT,
                    ProjectPriority.MEDIUM,
                    List.of("Verwaltung & OZG"),
                    2,
                    12,
                    "G",
                    0,
                    List.of(),
                    List.of("Datenschutzfolgeabschätzung nötig")),
            demo(
                    "E-Rechnung und digitaler Rechnungsworkflow",
                    "Eingangsrechnungen elektronisch empfangen, prüfen und freigeben.",
                    "Kämmerei",
                    LINE,
                    ProjectPhase.OPERATION,
                    ProjectPriority.MEDIUM,
                    List.of("Verwaltung & OZG"),
                    -30,
                    18,
                    "GGGG",
                    1,
                    List.of("Alle Ämter im Workflow"),
                    List.of()),
            demo(
                    "Online-Gewerbeanmeldung",
                    "Gewerbe an-, um- und abmelden online über das Landesportal (EfA-Leistung).",
                    "Ordnungsamt",
                    LINE,
                    ProjectPhase.OPERATION,
                    ProjectPriority.LOW,
                    List.of("Verwaltung & OZG", "Wirtschaft"),
                    -24,
                    10,
                    "GGG",
                    2,
                    List.of(),
                    List.of()),
            demo(
                    "Digitale Bauantragsstellung",
                    "Bauanträge digital einreichen und bearbeiten, angebunden an das Landesportal.",
                    "Bauordnungsamt",
                    LINE,
                    ProjectPhase.IMPLEMENTATION,
                    ProjectPriority.HIGH,
                    List.of("Verwaltung & OZG"),
                    -6,
                    15,
                    "GY",
                    3,
                    List.of("Fachverfahren aktualisiert"),
                    List.of("Medienbrüche mit Fachämtern")),
            demo(
                    "Mängelmelder",
                    "Bürgerinnen und Bürger melden Schäden im Stadtraum per App; Bearbeitung im Bauhof.",
                    "Stabsstelle Digitalisierung",
                    LAB,
                    ProjectPhase.ROLLOUT,
                    ProjectPriority.MEDIUM,
                    List.of("Beteiligung"),
                    -9,
                    12,
                    "GGG",
                    0,
                    List.of("App veröffentlicht"),
                    List.of()),
            demo(
                    "Bürgerbeteiligungsplattform",
                    "Online-Beteiligung zu Bauleitplanung und Haushalt.",
                    "Stadtplanungsamt",
                    LAB,
                    ProjectPhase.IDEA,
                    ProjectPriority.LOW,
                    List.of("Beteiligung"),
                    6,
                    12,
                    "",
                    0,
                    List.of(),
                    List.of()),
            demo(
                    "Urbane Datenplattform",
                    "Eine offene Plattform für Sensordaten von Umwelt, Verkehr und Energie.",
                    "Stabsstelle Digitalisierung",
                    LAB,
                    ProjectPhase.FUNDING,
                    ProjectPriority.HIGH,
                    List.of("Datenplattform", "Umwelt & Klima"),
                    4,
                    30,
                    "G",
                    0,
                    List.of("Förderantrag Smart City"),
                    List.of("Eigenanteil nicht im Haushalt")),
            demo(
                    "Energiemonitoring städtischer Gebäude",
                    "Verbräuche der Schulen und Verwaltungsgebäude automatisch erfassen und auswerten.",
                    "Umweltamt",
                    LINE,
                    ProjectPhase.PROCUREMENT,
                    ProjectPriority.MEDIUM,
                    List.of("Energie", "Umwelt & Klima"),
                    2,
                    18,
                    "GY",
                    0,
                    List.of("Zähler ausgeschrieben"),
                    List.of()),
            demo(
                    "Hitzeaktionsplan digital",
                    "Hitzewarnungen und kühle Orte in der Stadt-App, für Ältere auch per Telefonkette.",
                    "Umweltamt",
                    LAB,
                    ProjectPhase.CONCEPT,
                    ProjectPriority.LOW,
                    List.of("Umwelt & Klima", "Gesundheit"),
                    1,
                    9,
                    "G",
                    1,
                    List.of(),
                    List.of()),
            demo(
                    "Kita-Platzvergabe online",
                    "Anmeldung und Vergabe der Kita-Plätze über ein Elternportal.",
                    "Jugendamt",
                    LINE,
                    ProjectPhase.IMPLEMENTATION,
                    ProjectPriority.HIGH,
                    List.of("Bildung", "Verwaltung & OZG"),
                    -7,
                    12,
                    "GGR",
                    0,
                    List.of("Elternportal im Test"),
                    List.of("Doppelanmeldungen")),
            demo(
                    "Digitale Sozialleistungsanträge",
                    "Wohngeld und Hilfe zum Lebensunterhalt online beantragen.",
                    "Sozialamt",
                    LINE,
                    ProjectPhase.CONCEPT,
                    ProjectPriority.MEDIUM,
                    List.of("Verwaltung & OZG"),
                    3,
                    15,
                    "",
                    0,
                    List.of(),
                    List.of()),
            demo(
                    "Standesamt: digitale Urkundenbestellung",
                    "Urkunden online bestellen und bezahlen.",
                    "Standesamt",
                    LINE,
                    ProjectPhase.CLOSED,
                    ProjectPriority.LOW,
                    List.of("Verwaltung & OZG"),
                    -30,
                    8,
                    "GGG",
                    20,
                    List.of(),
                    List.of()),
            demo(
                    "Warn-App und Sirenen",
                    "Modernisierte Sirenen und Anbindung an die Warn-App des Bundes.",
                    "Ordnungsamt",
                    LINE,
                    ProjectPhase.ROLLOUT,
                    ProjectPriority.HIGH,
                    List.of("Katastrophenschutz"),
                    -15,
                    20,
                    "YGG",
                    1,
                    List.of("Sirenen montiert", "Probealarm"),
                    List.of()),
            demo(
                    "Digitale Lagekarte Katastrophenschutz",
                    "Ein gemeinsames Lagebild für Feuerwehr und Krisenstab.",
                    "Ordnungsamt",
                    LAB,
                    ProjectPhase.IDEA,
                    ProjectPriority.MEDIUM,
                    List.of("Katastrophenschutz", "Datenplattform"),
                    8,
                    12,
                    "",
                    0,
                    List.of(),
                    List.of()),
            demo(
                    "Chatbot Bürgeramt",
                    "Ein Chatbot beantwortet häufige Fragen zu Ausweis, Meldewesen und Terminen.",
                    "Bürgeramt",
                    LAB,
                    ProjectPhase.STOPPED,
                    ProjectPriority.LOW,
                    List.of("Verwaltung & OZG"),
                    -12,
                    6,
                    "YR",
                    8,
                    List.of(),
                    List.of("Antwortqualität ungenügend")),
            demo(
                    "Mobiles Arbeiten in der Verwaltung",
                    "Notebooks, VPN und Regeln für das mobile Arbeiten.",
                    "Personalamt",
                    LINE,
                    ProjectPhase.OPERATION,
                    ProjectPriority.MEDIUM,
                    List.of("Verwaltung & OZG"),
                    -28,
                    14,
                    "GGGG",
                    1,
                    List.of(),
                    List.of()),
            demo(
                    "Digitale Lotsinnen und Lotsen",
                    "In jedem Amt eine digitale Lotsin oder ein Lotse, mit Qualifizierung und Netzwerk.",
                    "Stabsstelle Digitalisierung",
                    LAB,
                    ProjectPhase.ROLLOUT,
                    ProjectPriority.HIGH,
                    List.of("Verwaltung & OZG", "Bildung"),
                    -10,
                    24,
                    "GG",
                    0,
                    List.of("Erste Lotsenrunde qualifiziert"),
                    List.of()),
            demo(
                    "Medienentwicklungsplan Schulen",
                    "Der Plan für Ausstattung, Support und Fortbildung der Schulen bis 2030.",
                    "Schulverwaltungsamt",
                    LINE,
                    ProjectPhase.CLOSED,
                    ProjectPriority.MEDIUM,
                    List.of("Bildung"),
                    -26,
                    10,
                    "GG",
                    14,
                    List.of(),
                    List.of()),
            demo(
                    "Gesundheitsamt: digitale Meldewege",
                    "Meldungen nach Infektionsschutzgesetz digital empfangen und bearbeiten.",
                    "Sozialamt",
                    LINE,
                    ProjectPhase.PROCUREMENT,
                    ProjectPriority.MEDIUM,
                    List.of("Gesundheit"),
                    0,
                    12,
                    "Y",
                    2,
                    List.of("Leistungsbeschreibung fertig"),
                    List.of()),
            demo(
                    "Wirtschaftsförderung: Gewerbeflächenportal",
                    "Freie Gewerbeflächen mit Lage, Größe und Anschluss online.",
                    "Stadtplanungsamt",
                    LAB,
                    ProjectPhase.IDEA,
                    ProjectPriority.LOW,
                    List.of("Wirtschaft", "Datenplattform"),
                    9,
                    6,
                    "",
                    0,
                    List.of(),
                    List.of()),
            demo(
                    "Fahrradabstellanlagen mit Belegungssensoren",
                    "Sichere Fahrradboxen am Bahnhof, online buchbar.",
                    "Ordnungsamt",
                    LAB,
                    ProjectPhase.CONCEPT,
                    ProjectPriority.LOW,
                    List.of("Mobilität"),
                    4,
                    8,
                    "",
                    0,
                    List.of(),
                    List.of()),
            demo(
                    "Telefonie in die Cloud",
                    "Die Telefonanlage der Verwaltung wird durch Cloud-Telefonie ersetzt.",
                    "Abteilung Organisation und IT",
                    LINE,
                    ProjectPhase.FUNDING,
                    ProjectPriority.LOW,
                    List.of("Verwaltung & OZG"),
                    5,
                    9,
                    "G",
                    4,
                    List.of(),
                    List.of()),
            demo(
                    "Haushalt digital erklärt",
                    "Der Haushalt als interaktive Grafik für Rat und Öffentlichkeit.",
                    "Kämmerei",
                    LAB,
                    ProjectPhase.IDEA,
                    ProjectPriority.MEDIUM,
                    List.of("Beteiligung", "Datenplattform"),
                    7,
                    6,
                    "",
                    0,
                    List.of(),
                    List.of()),
            demo(
                    "Digitaler Posteingang",
                    "Post wird zentral gescannt und digital an die Ämter verteilt.",
                    "Hauptamt",
                    LINE,
                    ProjectPhase.IMPLEMENTATION,
                    ProjectPriority.MEDIUM,
                    List.of("Verwaltung & OZG"),
                    -4,
                    10,
                    "GG",
                    1,
                    List.of("Scanstelle eingerichtet"),
                    List.of("Posteingang an Außenstellen")));

    private static final List<Demo> BEISPIELHAUSEN = List.of(
            demo(
                    "Gemeinde-App",
                    "Müllkalender, Veranstaltungen und Mängelmeldungen in einer App.",
                    "Fachbereich 1 – Zentrale Dienste",
                    LAB,
                    ProjectPhase.IMPLEMENTATION,
                    ProjectPriority.HIGH,
                    List.of("Beteiligung"),
                    -5,
                    10,
                    "GY",
                    0,
                    List.of("App im Store"),
                    List.of("Wenig Rückmeldung der Vereine")),
            demo(
                    "Glasfaser für die Ortsteile",
                    "Anschluss der Ortsteile Unterdorf und Am Berg an das Glasfasernetz.",
                    "Fachbereich 3 – Bauen und Liegenschaften",
                    LINE,
                    ProjectPhase.FUNDING,
                    ProjectPriority.HIGH,
                    List.of("Breitband"),
                    2,
                    24,
                    "G",
                    1,
                    List.of("Förderantrag Land"),
                    List.of()),
            demo(
                    "Online-Terminvergabe Bürgerbüro",
                    "Termine im Bürgerbüro online buchen.",
                    "Fachbereich 2 – Bürgerservice und Ordnung",
                    LINE,
                    ProjectPhase.OPERATION,
                    ProjectPriority.MEDIUM,
                    List.of("Verwaltung & OZG"),
                    -18,
                    6,
                    "GG",
                    1,
                    List.of(),
                    List.of()),
            demo(
                    "Digitale Sitzungsunterlagen",
                    "Tablets und Ratsinformationssystem für den Gemeinderat.",
                    "Fachbereich 1 – Zentrale Dienste",
                    LINE,
                    ProjectPhase.IDEA,
                    ProjectPriority.LOW,
                    List.of("Verwaltung & OZG"),
                    6,
                    6,
                    "",
                    0,
                    List.of(),
                    List.of()));

    private final Projects projects;
    private final StatusReports reports;
    private final Milestones milestones;
    private final Risks risks;
    private final Topics topics;
    private final Departments departments;
    private final JdbcClient jdbc;
    private final Clock clock;

    DemoPortfolio(
            Projects projects,
            StatusReports reports,
            Milestones milestones,
            Risks risks,
            Topics topics,
            Departments departments,
            JdbcClient jdbc,
            Clock clock) {
        this.projects = projects;
        this.reports = reports;
        this.milestones = milestones;
        this.risks = risks;
        this.topics = topics;
        this.departments = departments;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Musterstadt's portfolio; call as Musterstadt, inside a transaction. */
    int musterstadt() {
        return create(MUSTERSTADT);
    }

    /** Beispielhausen's portfolio; call as Beispielhausen, inside a transaction. */
    int beispielhausen() {
        return create(BEISPIELHAUSEN);
    }

    private int create(List<Demo> demos) {
        List<GoalId> goals = jdbc.sql("select id from goal order by position, title")
                .query((rs, row) -> new GoalId(rs.getObject("id", UUID.class)))
                .list();
        Map<String, TopicId> topicIds = topics.all().stream().collect(Collectors.toMap(Topic::name, Topic::id));
        Map<String, DepartmentId> departmentIds = departments.tree().entries().stream()
                .map(DepartmentTree.Entry::department)
                .collect(Collectors.toMap(d -> d.name(), d -> d.id(), (a, b) -> a));
        LocalDate today = LocalDate.now(clock);
        for (int i = 0; i < demos.size(); i++) {
            Demo demo = demos.get(i);
            Set<GoalId> served = new LinkedHashSet<>();
            if (!goals.isEmpty()) {
                served.add(goals.get(i % goals.size()));
                if (i % 3 == 0 && goals.size() > 1) {
                    served.add(goals.get((i + 5) % goals.size()));
                }
            }
            ProjectPhase phase = goals.isEmpty() ? ProjectPhase.IDEA : demo.phase();
            LocalDate start = today.withDayOfMonth(1).plusMonths(demo.startMonths());
            Project project = projects.create(
                    new ProjectData(
                            demo.title(),
                            demo.summary(),
                            served,
                            DemoMunicipality.USERS.values().stream()
                                    .skip(i % 4)
                                    .findFirst()
                                    .map(Map.Entry::getKey)
                                    .orElse(null),
                            departmentIds.get(demo.department()),
                            demo.mode(),
                            demo.priority(),
                            demo.topics().stream()
                                    .map(topicIds::get)
                                    .filter(java.util.Objects::nonNull)
                                    .collect(Collectors.toCollection(LinkedHashSet::new)),
                            start,
                            start.plusMonths(demo.durationMonths()).minusDays(1),
                            i % 4 == 3 ? ReportingCadence.QUARTERLY : ReportingCadence.MONTHLY,
                            Set.of(),
                            phase.ordinal() >= ProjectPhase.IMPLEMENTATION.ordinal() && i % 2 == 0,
                            null),
                    phase,
                    null);
            if (phase != ProjectPhase.IDEA) {
                reportsOf(project, demo, today);
            }
            for (int m = 0; m < demo.milestones().size(); m++) {
                LocalDate due = start.plusMonths((long) (m + 1) * Math.max(1, demo.durationMonths() / 3));
                milestones.create(
                        project.id(), new MilestoneData(demo.milestones().get(m), due, due.isBefore(today)));
            }
            for (String risk : demo.risks()) {
                risks.create(
                        project.id(),
                        new RiskData(
                                risk,
                                i % 2 == 0 ? RiskLevel.MEDIUM : RiskLevel.HIGH,
                                i % 3 == 0 ? RiskLevel.HIGH : RiskLevel.MEDIUM,
                                "Regelmäßig im Lenkungskreis besprechen",
                                "Projektleitung",
                                true));
            }
        }
        return demos.size();
    }

    /** The status-report history: one report per month, the latest the given months ago. */
    private void reportsOf(Project project, Demo demo, LocalDate today) {
        String lights = demo.lights();
        for (int r = 0; r < lights.length(); r++) {
            int monthsAgo = demo.lastReportMonthsAgo() + (lights.length() - 1 - r);
            StatusLight light =
                    switch (lights.charAt(r)) {
                        case 'R' -> StatusLight.RED;
                        case 'Y' -> StatusLight.YELLOW;
                        default -> StatusLight.GREEN;
                    };
            reports.create(
                    project.id(),
                    new StatusReportData(
                            today.minusMonths(monthsAgo).minusDays(2),
                            light,
                            StatusLight.GREEN,
                            light,
                            r % 2 == 0 ? StatusLight.GREEN : light,
                            light == StatusLight.GREEN ? "Im Plan." : "Verzögerungen, Maßnahmen eingeleitet.",
                            "Arbeitspakete des Monats abgeschlossen.",
                            "Nächste Ausbaustufe vorbereiten.",
                            light == StatusLight.RED ? "Ressourcen fehlen." : null,
                            light == StatusLight.RED ? "Entscheidung über zusätzliche Mittel." : null));
        }
    }

    private static Demo demo(
            String title,
            String summary,
            String department,
            ProjectMode mode,
            ProjectPhase phase,
            ProjectPriority priority,
            List<String> topics,
            int startMonths,
            int durationMonths,
            String lights,
            int lastReportMonthsAgo,
            List<String> milestones,
            List<String> risks) {
        return new Demo(
                title,
                summary,
                department,
                mode,
                phase,
                priority,
                topics,
                startMonths,
                durationMonths,
                lights,
                lastReportMonthsAgo,
                milestones,
                risks);
    }
}
