package de.lotse.servicecatalog.web;

import de.lotse.platform.LinkedRecords;
import de.lotse.portfolio.ProjectId;
import de.lotse.servicecatalog.ServiceProjects;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** On a project's page: the services it brings online, each linked to its page. */
@Component
class ServiceProjectLinks implements LinkedRecords {

    private final ServiceProjects links;

    ServiceProjectLinks(ServiceProjects links) {
        this.links = links;
    }

    @Override
    public Optional<Group> linkedTo(String recordType, UUID id) {
        if (!"project".equals(recordType)) {
            return Optional.empty();
        }
        return Optional.of(new Group(
                "service-project.services-heading",
                links.servicesOf(new ProjectId(id)).stream()
                        .map(service -> new Link(service.name(), "/services/" + service.leikaKey()))
                        .toList()));
    }
}
