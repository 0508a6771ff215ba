package de.lotse.demo;

import de.lotse.inventory.ApplicationChoice;
import de.lotse.inventory.ApplicationId;
import de.lotse.inventory.ApplicationProjects;
import de.lotse.inventory.Applications;
import de.lotse.inventory.ProjectLinkKind;
import de.lotse.portfolio.ProjectId;
import de.lotse.portfolio.ProjectReferences;
import de.lotse.portfolio.ProjectReferences.ProjectReference;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Which of the demo municipalities' projects introduce or replace which of their applications. */
@Component
class DemoApplicationProjects {

    /** Project | what it does (I introduces, R replaces) | application. */
    private static final String MUSTERSTADT =
            """
            E-Akte-Einführung|I|E-Akte
            E-Akte-Einführung|I|Scanstelle
            E-Akte-Einführung|R|Dokumentenmanagement alt
            Online-Gewerbeanmeldung|I|Gewerbeportal Neu
            Online-Gewerbeanmeldung|R|Gewerbeamt
            Digitale Bauantragsstellung|I|Digitaler Bauantrag
            Digitale Bauantragsstellung|R|Bauantragsverfahren
            Ratsinformationssystem|I|Gremien-App
            Mängelmelder|I|Mängelmelder
            Bürgerbeteiligungsplattform|I|Beteiligungsplattform
            E-Rechnung und digitaler Rechnungsworkflow|I|E-Rechnung
            Telefonie in die Cloud|R|Telefonanlage
            Mobiles Arbeiten in der Verwaltung|I|Arbeitsplatz Kommunal
            Mobiles Arbeiten in der Verwaltung|R|E-Mail und Kalender
            Mobiles Arbeiten in der Verwaltung|I|Videokonferenz
            Kita-Platzvergabe online|I|Kita-Elternportal
            Digitales Bürgerbüro|I|Terminvergabe Bürgeramt
            Digitales Bürgerbüro|I|Bürgerportal
            Digitales Bürgerbüro|R|Formularserver
            """;

    private static final String BEISPIELHAUSEN =
            """
            Digitale Sitzungsunterlagen|I|Ratsinformationssystem
            """;

    private final ApplicationProjects links;
    private final Applications applications;
    private final ProjectReferences projects;

    DemoApplicationProjects(ApplicationProjects links, Applications applications, ProjectReferences projects) {
        this.links = links;
        this.applications = applications;
        this.projects = projects;
    }

    Void musterstadt() {
        return link(MUSTERSTADT);
    }

    Void beispielhausen() {
        return link(BEISPIELHAUSEN);
    }

    private Void link(String lines) {
        Map<String, ProjectId> projectByTitle = projects.running(ApplicationProjects.CHOICES).stream()
                .collect(Collectors.toMap(ProjectReference::title, ProjectReference::id, (a, b) -> a));
        Map<String, ApplicationId> applicationByName = applications.choices().stream()
                .collect(Collectors.toMap(ApplicationChoice::name, ApplicationChoice::id, (a, b) -> a));
        lines.lines().filter(line -> !line.isBlank()).forEach(line -> {
            String[] f = line.split("\\|");
            ProjectId project = projectByTitle.get(f[0]);
            ApplicationId application = applicationByName.get(f[2]);
            if (project == null || application == null) {
                throw new IllegalStateException("no demo project or application in " + line);
            }
            links.link(
                    application,
                    project,
                    "I".equals(f[1]) ? ProjectLinkKind.INTRODUCES : ProjectLinkKind.REPLACES,
                    true);
        });
        return null;
    }
}
