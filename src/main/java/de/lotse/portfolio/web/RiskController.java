package de.lotse.portfolio.web;

import de.lotse.platform.InvalidFieldException;
import de.lotse.platform.StaleVersionException;
import de.lotse.portfolio.ProjectId;
import de.lotse.portfolio.Risk;
import de.lotse.portfolio.Risks;
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

/** A project's risks: the tab with all of them, and the form of one. */
@Controller
@RequestMapping("/projects/{projectId}/risks")
class RiskController {

    private final Risks risks;
    private final ProjectPage page;

    RiskController(Risks risks, ProjectPage page) {
        this.risks = risks;
        this.page = page;
    }

    @ModelAttribute("levels")
    de.lotse.portfolio.RiskLevel[] levels() {
        return de.lotse.portfolio.RiskLevel.values();
    }

    @GetMapping
    String list(@PathVariable UUID projectId, Model model) {
        page.header(new ProjectId(projectId), "risks", model);
        model.addAttribute("risks", risks.of(new ProjectId(projectId)));
        return "portfolio/risks";
    }

    @GetMapping("/new")
    @PreAuthorize("hasAnyRole('ADMIN', 'EDITOR')")
    String createForm(@PathVariable UUID projectId, Model model) {
        RiskForm form = new RiskForm();
        return form(projectId, model, form, null);
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('ADMIN', 'EDITOR')")
    String create(
            @PathVariable UUID projectId,
            @Valid @ModelAttribute("form") RiskForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return form(projectId, model, form, null);
        }
        try {
            risks.create(new ProjectId(projectId), form.data());
            redirect.addFlashAttribute("saved", true);
            return "redirect:/projects/" + projectId + "/risks";
        } catch (InvalidFieldException e) {
            binding.rejectValue(e.field(), e.messageKey());
            return form(projectId, model, form, null);
        }
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasAnyRole('ADMIN', 'EDITOR')")
    String editForm(@PathVariable UUID projectId, @PathVariable UUID id, Model model) {
        Risk risk = risks.get(new ProjectId(projectId), id);
        return form(projectId, model, RiskForm.of(risk), risk);
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasAnyRole('ADMIN', 'EDITOR')")
    String update(
            @PathVariable UUID projectId,
            @PathVariable UUID id,
            @Valid @ModelAttribute("form") RiskForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        ProjectId project = new ProjectId(projectId);
        Risk risk = risks.get(project, id);
        if (binding.hasErrors()) {
            return form(projectId, model, form, risk);
        }
        try {
            risks.update(project, id, form.getVersion(), form.data());
            redirect.addFlashAttribute("saved", true);
            return "redirect:/projects/" + projectId + "/risks";
        } catch (InvalidFieldException e) {
            binding.rejectValue(e.field(), e.messageKey());
            return form(projectId, model, form, risk);
        } catch (StaleVersionException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            Risk current = risks.get(project, id);
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
            risks.delete(new ProjectId(projectId), id, version);
            redirect.addFlashAttribute("deleted", true);
        } catch (StaleVersionException e) {
            redirect.addFlashAttribute("refused", "project.phase.stale");
        }
        return "redirect:/projects/" + projectId + "/risks";
    }

    private String form(UUID projectId, Model model, RiskForm form, Risk risk) {
        page.header(new ProjectId(projectId), "risks", model);
        model.addAttribute("form", form);
        model.addAttribute("risk", risk);
        return "portfolio/risk-edit";
    }
}
