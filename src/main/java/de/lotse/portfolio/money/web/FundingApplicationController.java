package de.lotse.portfolio.money.web;

import de.lotse.platform.InvalidFieldException;
import de.lotse.platform.StaleVersionException;
import de.lotse.portfolio.ProjectId;
import de.lotse.portfolio.money.FundingApplication;
import de.lotse.portfolio.money.FundingApplicationData;
import de.lotse.portfolio.money.FundingApplicationId;
import de.lotse.portfolio.money.FundingApplications;
import de.lotse.portfolio.money.FundingBody;
import de.lotse.portfolio.money.FundingStatus;
import de.lotse.portfolio.money.ProjectLookup;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Locale;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The form of a project's funding application: add, change (with the conflict view on a stale edit), delete. */
@Controller
@RequestMapping("/projects/{projectId}/money/funding-applications")
@PreAuthorize("hasAnyRole('ADMIN', 'EDITOR')")
class FundingApplicationController {

    private final ProjectLookup projects;
    private final FundingApplications applications;

    FundingApplicationController(ProjectLookup projects, FundingApplications applications) {
        this.projects = projects;
        this.applications = applications;
    }

    @ModelAttribute("fundingBodies")
    FundingBody[] fundingBodies() {
        return FundingBody.values();
    }

    @ModelAttribute("statuses")
    FundingStatus[] statuses() {
        return FundingStatus.values();
    }

    @GetMapping("/new")
    String createForm(@PathVariable UUID projectId, Model model) {
        return form(model, new ProjectId(projectId), new FundingApplicationForm(), null);
    }

    @PostMapping
    String create(
            @PathVariable UUID projectId,
            @Valid @ModelAttribute("form") FundingApplicationForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        ProjectId project = new ProjectId(projectId);
        FundingApplicationData data = form.data(binding);
        if (binding.hasErrors()) {
            return form(model, project, form, null);
        }
        try {
            applications.create(project, data);
        } catch (InvalidFieldException e) {
            binding.rejectValue(e.field(), e.messageKey());
            return form(model, project, form, null);
        }
        redirect.addFlashAttribute("saved", "funding.application.saved");
        return "redirect:/projects/" + projectId + "/money";
    }

    @GetMapping("/{applicationId}/edit")
    String editForm(@PathVariable UUID projectId, @PathVariable UUID applicationId, Model model, Locale locale) {
        ProjectId project = new ProjectId(projectId);
        FundingApplication application = applications.get(project, new FundingApplicationId(applicationId));
        return form(model, project, FundingApplicationForm.of(application, locale), application);
    }

    @PostMapping("/{applicationId}")
    String update(
            @PathVariable UUID projectId,
            @PathVariable UUID applicationId,
            @Valid @ModelAttribute("form") FundingApplicationForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        ProjectId project = new ProjectId(projectId);
        FundingApplicationId id = new FundingApplicationId(applicationId);
        FundingApplication application = applications.get(project, id);
        FundingApplicationData data = form.data(binding);
        if (binding.hasErrors()) {
            return form(model, project, form, application);
        }
        try {
            applications.update(project, id, form.getVersion(), data);
        } catch (InvalidFieldException e) {
            binding.rejectValue(e.field(), e.messageKey());
            return form(model, project, form, application);
        } catch (StaleVersionException e) {
            // someone else saved first: show their version beside the person's input, keep the input
            response.setStatus(HttpStatus.CONFLICT.value());
            FundingApplication current = applications.get(project, id);
            model.addAttribute("current", current);
            form.setVersion(current.version());
            return form(model, project, form, current);
        }
        redirect.addFlashAttribute("saved", "funding.application.saved");
        return "redirect:/projects/" + projectId + "/money";
    }

    @PostMapping("/{applicationId}/delete")
    String delete(
            @PathVariable UUID projectId,
            @PathVariable UUID applicationId,
            @RequestParam long version,
            RedirectAttributes redirect) {
        applications.delete(new ProjectId(projectId), new FundingApplicationId(applicationId), version);
        redirect.addFlashAttribute("saved", "funding.application.deleted");
        return "redirect:/projects/" + projectId + "/money";
    }

    private String form(Model model, ProjectId project, FundingApplicationForm form, FundingApplication application) {
        model.addAttribute("project", projects.require(project));
        model.addAttribute("form", form);
        model.addAttribute("fundingApplication", application);
        return "portfolio/money/funding-edit";
    }
}
