package de.lotse.inventory.api;

import de.lotse.inventory.ApplicationProjects;
import de.lotse.inventory.ProjectLinkKind;
import de.lotse.platform.RecordNotFoundException;
import de.lotse.portfolio.ProjectId;
import de.lotse.portfolio.ProjectReferences;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The other side of a project's links to the inventory: the applications it introduces or replaces. */
@RestController
@Tag(name = "Projects")
class ProjectApplicationApiController {

    private final ApplicationProjects links;
    private final ProjectReferences projects;

    ProjectApplicationApiController(ApplicationProjects links, ProjectReferences projects) {
        this.links = links;
        this.projects = projects;
    }

    /** An application the project introduces or replaces. */
    record ApplicationLink(UUID applicationId, String name, ProjectLinkKind kind) {}

    @GetMapping("/api/v1/projects/{projectId}/applications")
    @Operation(summary = "The applications the project introduces or replaces, by kind and name")
    List<ApplicationLink> list(@PathVariable UUID projectId) {
        ProjectId project = new ProjectId(projectId);
        if (!projects.exists(project)) {
            throw new RecordNotFoundException("project", project);
        }
        return links.applicationsOf(project).stream()
                .map(link -> new ApplicationLink(
                        link.application().id().value(), link.application().name(), link.kind()))
                .toList();
    }
}
