package de.lotse.servicecatalog.web;

import de.lotse.inventory.ApplicationId;
import de.lotse.platform.LinkedRecords;
import de.lotse.servicecatalog.ServiceApplications;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** On an application's page: the services it supports, each linked to its page. */
@Component
class ServiceApplicationLinks implements LinkedRecords {

    private final ServiceApplications links;

    ServiceApplicationLinks(ServiceApplications links) {
        this.links = links;
    }

    @Override
    public Optional<Group> linkedTo(String recordType, UUID id) {
        if (!"application".equals(recordType)) {
            return Optional.empty();
        }
        return Optional.of(new Group(
                "service-application.services-heading",
                links.servicesOf(new ApplicationId(id)).stream()
                        .map(service -> new Link(service.name(), "/services/" + service.leikaKey()))
                        .toList()));
    }
}
