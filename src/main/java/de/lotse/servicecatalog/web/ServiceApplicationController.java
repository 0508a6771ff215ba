package de.lotse.servicecatalog.web;

import de.lotse.inventory.ApplicationId;
import de.lotse.servicecatalog.ServiceApplications;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Names the applications that support a service, on the service's page. */
@Controller
@RequestMapping("/services/{leikaKey}/applications")
@PreAuthorize("hasAnyRole('ADMIN', 'EDITOR')")
class ServiceApplicationController {

    private final ServiceApplications links;

    ServiceApplicationController(ServiceApplications links) {
        this.links = links;
    }

    @PostMapping
    String link(
            @PathVariable String leikaKey,
            @RequestParam(required = false) UUID applicationId,
            RedirectAttributes redirect) {
        if (applicationId == null) {
            redirect.addFlashAttribute("applicationRefused", "service-application.choose");
        } else {
            links.link(leikaKey, new ApplicationId(applicationId));
            redirect.addFlashAttribute("applicationLinked", true);
        }
        return "redirect:/services/" + leikaKey + "#applications";
    }

    @PostMapping("/{applicationId}/delete")
    String unlink(@PathVariable String leikaKey, @PathVariable UUID applicationId, RedirectAttributes redirect) {
        links.unlink(leikaKey, new ApplicationId(applicationId));
        redirect.addFlashAttribute("applicationUnlinked", true);
        return "redirect:/services/" + leikaKey + "#applications";
    }
}
