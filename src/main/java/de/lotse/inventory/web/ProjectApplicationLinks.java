package de.lotse.inventory.web;

import de.lotse.inventory.ApplicationProjects;
import de.lotse.inventory.ProjectLinkKind;
import de.lotse.platform.LinkedRecords;
import de.lotse.platform.RecordParts;
import de.lotse.portfolio.ProjectId;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * On a project's page: the applications it introduces and those it replaces, each under its heading;
 * in the project's and the application's history: the links between them.
 */
@Configuration(proxyBeanMethods = false)
class ProjectApplicationLinks {

    @Bean
    LinkedRecords introducedApplications(ApplicationProjects links) {
        return linked(links, ProjectLinkKind.INTRODUCES, "application-project.introduces-heading");
    }

    @Bean
    LinkedRecords replacedApplications(ApplicationProjects links) {
        return linked(links, ProjectLinkKind.REPLACES, "application-project.replaces-heading");
    }

    @Bean
    RecordParts projectApplicationParts() {
        return new RecordParts("project", Set.of("application_project"));
    }

    @Bean
    RecordParts applicationProjectParts() {
        return new RecordParts("application", Set.of("application_project"));
    }

    private static LinkedRecords linked(ApplicationProjects links, ProjectLinkKind kind, String headingKey) {
        return (String recordType, UUID id) -> {
            if (!"project".equals(recordType)) {
                return Optional.empty();
            }
            return Optional.of(new LinkedRecords.Group(
                    headingKey,
                    links.applicationsOf(new ProjectId(id)).stream()
                            .filter(link -> link.kind() == kind)
                            .map(link -> new LinkedRecords.Link(
                                    link.application().name(),
                                    "/applications/" + link.application().id()))
                            .toList()));
        };
    }
}
