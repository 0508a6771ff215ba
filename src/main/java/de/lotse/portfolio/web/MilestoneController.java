package de.lotse.portfolio.web;

import de.lotse.platform.InvalidFieldException;
import de.lotse.platform.StaleVersionException;
import de.lotse.portfolio.Milestone;
import de.lotse.portfolio.Milestones;
import de.lotse.portfolio.ProjectId;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A project's milestones: the tab with all of them, and the form of one. */
@Controller
@RequestMapping("/projects/{projectId}/milestones")
class MilestoneController {

    private final Milestones milestones;
    private final ProjectPage page;

    MilestoneController(Milestones milestones, ProjectPage page) {
        this.milestones = milestones;
        this.page = page;
    }

    @GetMapping
    String list(@PathVariable UUID projectId, Model model) {
        page.header(new ProjectId(projectId), "milestones", model);
        model.addAttribute("milestones", milestones.of(new ProjectId(projectId)));
        return "portfolio/milestones";
    }

    @GetMapping("/new")
    @PreAuthorize("hasAnyRole('ADMIN', 'EDITOR')")
    String createForm(@PathVariable UUID projectId, Model model) {
        MilestoneForm form = new MilestoneForm();
        return form(projectId, model, form, null);
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('ADMIN', 'EDITOR')")
    String create(
            @PathVariable UUID projectId,
            @Valid @ModelAttribute("form") MilestoneForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return form(projectId, model, form, null);
        }
        try {
            milestones.create(new ProjectId(projectId), form.data());
            redirect.addFlashAttribute("saved", true);
            return "redirect:/projects/" + projectId + "/milestones";
        } catch (InvalidFieldException e) {
            binding.rejectValue(e.field(), e.messageKey());
            return form(projectId, model, form, null);
        }
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasAnyRole('ADMIN', 'EDITOR')")
    String editForm(@PathVariable UUID projectId, @PathVariable UUID id, Model model) {
        Milestone milestone = milestones.get(new ProjectId(projectId), id);
        return form(projectId, model, MilestoneForm.of(milestone), milestone);
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasAnyRole('ADMIN', 'EDITOR')")
    String update(
            @PathVariable UUID projectId,
            @PathVariable UUID id,
            @Valid @ModelAttribute("form") MilestoneForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        ProjectId project = new ProjectId(projectId);
        Milestone milestone = milestones.get(project, id);
        if (binding.hasErrors()) {
            return form(projectId, model, form, milestone);
        }
        try {
            milestones.update(project, id, form.getVersion(), form.data());
            redirect.addFlashAttribute("saved", true);
            return "redirect:/projects/" + projectId + "/milestones";
        } catch (InvalidFieldException e) {
            binding.rejectValue(e.field(), e.messageKey());
            return form(projectId, model, form, milestone);
        } catch (StaleVersionException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            Milestone current = milestones.get(project, id);
            model.addAttribute("current", current);
            form.setVersion(current.version());
            return form(projectId, model, form, current);
        }
    }

    @PostMapping("/{id}/delete")
    @PreAuthorize("hasAnyRole('ADMIN', 'EDITOR')")
    String delete(
            @PathVariable UUID projectId,
            @PathVariable UUID id,
            @org.springframework.web.bind.annotation.RequestParam long version,
            RedirectAttributes redirect) {
        try {
            milestones.delete(new ProjectId(projectId), id, version);
            redirect.addFlashAttribute("deleted", true);
        } catch (StaleVersionException e) {
            redirect.addFlashAttribute("refused", "project.phase.stale");
        }
        return "redirect:/projects/" + projectId + "/milestones";
    }

    private String form(UUID projectId, Model model, MilestoneForm form, Milestone milestone) {
        page.header(new ProjectId(projectId), "milestones", model);
        model.addAttribute("form", form);
        model.addAttribute("milestone", milestone);
        return "portfolio/milestone-edit";
    }
}
