package de.lotse.servicecatalog.api;

import de.lotse.portfolio.ProjectId;
import de.lotse.servicecatalog.ServiceProjects;
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

/** The projects of the portfolio that bring a service online. */
@RestController
@RequestMapping("/api/v1/service-status/{leikaKey}/projects")
@Tag(name = "Service status", description = "The municipality's state of each service of the catalogue")
class ServiceProjectApiController {

    private final ServiceProjects links;

    ServiceProjectApiController(ServiceProjects links) {
        this.links = links;
    }

    /** A project that brings the service online. */
    record ProjectLink(UUID projectId, String title, String phase) {}

    @GetMapping
    @Operation(summary = "The projects that bring the service online, by title")
    List<ProjectLink> list(@PathVariable String leikaKey) {
        return links.projectsOf(leikaKey).stream()
                .map(p -> new ProjectLink(p.id().value(), p.title(), p.phase().name()))
                .toList();
    }

    @PutMapping("/{projectId}")
    @PreAuthorize("hasAnyRole('ADMIN', 'EDITOR')")
    @Operation(summary = "Names a project that brings the service online (naming it again changes nothing)")
    ResponseEntity<Void> link(@PathVariable String leikaKey, @PathVariable UUID projectId) {
        links.link(leikaKey, new ProjectId(projectId));
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/{projectId}")
    @PreAuthorize("hasAnyRole('ADMIN', 'EDITOR')")
    @Operation(summary = "The project no longer brings the service online")
    ResponseEntity<Void> unlink(@PathVariable String leikaKey, @PathVariable UUID projectId) {
        links.unlink(leikaKey, new ProjectId(projectId));
        return ResponseEntity.noContent().build();
    }
}
