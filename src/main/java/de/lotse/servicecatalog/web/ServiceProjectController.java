package de.lotse.servicecatalog.web;

import de.lotse.portfolio.ProjectId;
import de.lotse.servicecatalog.ServiceProjects;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Names the projects that bring a service online, on the service's page. */
@Controller
@RequestMapping("/services/{leikaKey}/projects")
@PreAuthorize("hasAnyRole('ADMIN', 'EDITOR')")
class ServiceProjectController {

    private final ServiceProjects links;

    ServiceProjectController(ServiceProjects links) {
        this.links = links;
    }

    @PostMapping
    String link(
            @PathVariable String leikaKey,
            @RequestParam(required = false) UUID projectId,
            RedirectAttributes redirect) {
        if (projectId == null) {
            redirect.addFlashAttribute("projectRefused", "service-project.choose");
        } else {
            links.link(leikaKey, new ProjectId(projectId));
            redirect.addFlashAttribute("projectLinked", true);
        }
        return "redirect:/services/" + leikaKey + "#projects";
    }

    @PostMapping("/{projectId}/delete")
    String unlink(@PathVariable String leikaKey, @PathVariable UUID projectId, RedirectAttributes redirect) {
        links.unlink(leikaKey, new ProjectId(projectId));
        redirect.addFlashAttribute("projectUnlinked", true);
        return "redirect:/services/" + leikaKey + "#projects";
    }
}
