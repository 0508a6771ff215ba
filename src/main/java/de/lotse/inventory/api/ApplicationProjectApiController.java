package de.lotse.inventory.api;

import de.lotse.inventory.ApplicationId;
import de.lotse.inventory.ApplicationProjects;
import de.lotse.inventory.ApplicationProjects.LinkedProject;
import de.lotse.inventory.ProjectLinkKind;
import de.lotse.portfolio.ProjectId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The projects of the portfolio that introduce or replace an application. */
@RestController
@RequestMapping("/api/v1/applications/{applicationId}/projects")
@Tag(name = "Applications")
class ApplicationProjectApiController {

    private final ApplicationProjects links;

    ApplicationProjectApiController(ApplicationProjects links) {
        this.links = links;
    }

    /**
     * What a project does to the application.
     *
     * @param retireOnOperation for a project that replaces it: whether the application is marked as to
     *     be retired when the project reaches operation (default yes)
     */
    record ProjectLinkRequest(@NotNull ProjectLinkKind kind, Boolean retireOnOperation) {}

    /** A project that introduces or replaces the application. */
    record ProjectLink(UUID projectId, String title, String phase, ProjectLinkKind kind, boolean retireOnOperation) {

        static ProjectLink of(LinkedProject link) {
            return new ProjectLink(
                    link.project().id().value(),
                    link.project().title(),
                    link.project().phase().name(),
                    link.kind(),
                    link.retireOnOperation());
        }
    }

    @GetMapping
    @Operation(summary = "The projects that introduce or replace the application, by title")
    List<ProjectLink> list(@PathVariable UUID applicationId) {
        return links.projectsOf(new ApplicationId(applicationId)).stream()
                .map(ProjectLink::of)
                .toList();
    }

    @PutMapping("/{projectId}")
    @PreAuthorize("hasAnyRole('ADMIN', 'EDITOR')")
    @Operation(summary = "Names a project that introduces or replaces the application, or changes what it does")
    ProjectLink link(
            @PathVariable UUID applicationId,
            @PathVariable UUID projectId,
            @Valid @RequestBody ProjectLinkRequest request) {
        return ProjectLink.of(links.link(
                new ApplicationId(applicationId),
                new ProjectId(projectId),
                request.kind(),
                request.retireOnOperation() == null || request.retireOnOperation()));
    }

    @DeleteMapping("/{projectId}")
    @PreAuthorize("hasAnyRole('ADMIN', 'EDITOR')")
    @Operation(summary = "The project no longer introduces or replaces the application")
    ResponseEntity<Void> unlink(@PathVariable UUID applicationId, @PathVariable UUID projectId) {
        links.unlink(new ApplicationId(applicationId), new ProjectId(projectId));
        return ResponseEntity.noContent().build();
    }
}
