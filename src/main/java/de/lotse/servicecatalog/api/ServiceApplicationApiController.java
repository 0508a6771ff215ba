package de.lotse.servicecatalog.api;

import de.lotse.inventory.ApplicationId;
import de.lotse.servicecatalog.ServiceApplications;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The applications of the inventory that support a service. */
@RestController
@RequestMapping("/api/v1/service-status/{leikaKey}/applications")
@Tag(name = "Service status", description = "The municipality's state of each service of the catalogue")
class ServiceApplicationApiController {

    private final ServiceApplications links;

    ServiceApplicationApiController(ServiceApplications links) {
        this.links = links;
    }

    /** An application that supports the service. */
    record ApplicationLink(UUID applicationId, String name) {}

    @GetMapping
    @Operation(summary = "The applications that support the service, by name")
    List<ApplicationLink> list(@PathVariable String leikaKey) {
        return links.applicationsOf(leikaKey).stream()
                .map(app -> new ApplicationLink(app.id().value(), app.name()))
                .toList();
    }

    @PutMapping("/{applicationId}")
    @PreAuthorize("hasAnyRole('ADMIN', 'EDITOR')")
    @Operation(summary = "Names an application that supports the service (naming it again changes nothing)")
    ResponseEntity<Void> link(@PathVariable String leikaKey, @PathVariable UUID applicationId) {
        links.link(leikaKey, new ApplicationId(applicationId));
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/{applicationId}")
    @PreAuthorize("hasAnyRole('ADMIN', 'EDITOR')")
    @Operation(summary = "The application no longer supports the service")
    ResponseEntity<Void> unlink(@PathVariable String leikaKey, @PathVariable UUID applicationId) {
        links.unlink(leikaKey, new ApplicationId(applicationId));
        return ResponseEntity.noContent().build();
    }
}
