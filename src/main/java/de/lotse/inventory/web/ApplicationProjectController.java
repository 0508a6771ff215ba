package de.lotse.inventory.web;

import de.lotse.inventory.ApplicationId;
import de.lotse.inventory.ApplicationProjects;
import de.lotse.inventory.ProjectLinkKind;
import de.lotse.portfolio.ProjectId;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Names the projects that introduce or replace an application, on the application's page. */
@Controller
@RequestMapping("/applications/{id}/projects")
@PreAuthorize("hasAnyRole('ADMIN', 'EDITOR')")
class ApplicationProjectController {

    private final ApplicationProjects links;

    ApplicationProjectController(ApplicationProjects links) {
        this.links = links;
    }

    @PostMapping
    String link(
            @PathVariable UUID id,
            @RequestParam(required = false) UUID projectId,
            @RequestParam(required = false) ProjectLinkKind kind,
            @RequestParam(defaultValue = "false") boolean retireOnOperation,
            RedirectAttributes redirect) {
        if (projectId == null || kind == null) {
            redirect.addFlashAttribute("projectRefused", "application-project.choose");
        } else {
            links.link(new ApplicationId(id), new ProjectId(projectId), kind, retireOnOperation);
            redirect.addFlashAttribute("projectLinked", true);
        }
        return "redirect:/applications/" + id + "#projects";
    }

    @PostMapping("/{projectId}/delete")
    String unlink(@PathVariable UUID id, @PathVariable UUID projectId, RedirectAttributes redirect) {
        links.unlink(new ApplicationId(id), new ProjectId(projectId));
        redirect.addFlashAttribute("projectUnlinked", true);
        return "redirect:/applications/" + id + "#projects";
    }
}
