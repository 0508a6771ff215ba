package de.lotse.portfolio.web;

import de.lotse.platform.InvalidFieldException;
import de.lotse.platform.StaleVersionException;
import de.lotse.portfolio.ProjectId;
import de.lotse.portfolio.StatusLight;
import de.lotse.portfolio.StatusReport;
import de.lotse.portfolio.StatusReports;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
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

/** A project's status reports: the tab with all of them, and the form of one. */
@Controller
@RequestMapping("/projects/{projectId}/status-reports")
class StatusReportController {

    private final StatusReports reports;
    private final ProjectPage page;
    private final Clock clock;

    StatusReportController(StatusReports reports, ProjectPage page, Clock clock) {
        this.reports = reports;
        this.page = page;
        this.clock = clock;
    }

    @ModelAttribute("lights")
    StatusLight[] lights() {
        return StatusLight.values();
    }

    @GetMapping
    String list(@PathVariable UUID projectId, Model model) {
        page.header(new ProjectId(projectId), "status-reports", model);
        model.addAttribute("reports", reports.of(new ProjectId(projectId)));
        return "portfolio/status-reports";
    }

    @GetMapping("/new")
    @PreAuthorize("hasAnyRole('ADMIN', 'EDITOR')")
    String createForm(@PathVariable UUID projectId, Model model) {
        StatusReportForm form = new StatusReportForm();
        form.setReportDate(LocalDate.now(clock));
        reports.latest(new ProjectId(projectId)).ifPresent(latest -> {
            // the new report starts from the last one: usually only some of it changes
            form.setOverall(latest.overall());
            form.setScope(latest.scope());
            form.setSchedule(latest.schedule());
            form.setBudget(latest.budget());
        });
        return form(projectId, model, form, null);
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('ADMIN', 'EDITOR')")
    String create(
            @PathVariable UUID projectId,
            @Valid @ModelAttribute("form") StatusReportForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return form(projectId, model, form, null);
        }
        try {
            reports.create(new ProjectId(projectId), form.data());
            redirect.addFlashAttribute("saved", true);
            return "redirect:/projects/" + projectId + "/status-reports";
        } catch (InvalidFieldException e) {
            binding.rejectValue(e.field(), e.messageKey());
            return form(projectId, model, form, null);
        }
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasAnyRole('ADMIN', 'EDITOR')")
    String editForm(@PathVariable UUID projectId, @PathVariable UUID id, Model model) {
        StatusReport report = reports.get(new ProjectId(projectId), id);
        return form(projectId, model, StatusReportForm.of(report), report);
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasAnyRole('ADMIN', 'EDITOR')")
    String update(
            @PathVariable UUID projectId,
            @PathVariable UUID id,
            @Valid @ModelAttribute("form") StatusReportForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        ProjectId project = new ProjectId(projectId);
        StatusReport report = reports.get(project, id);
        if (binding.hasErrors()) {
            return form(projectId, model, form, report);
        }
        try {
            reports.update(project, id, form.getVersion(), form.data());
            redirect.addFlashAttribute("saved", true);
            return "redirect:/projects/" + projectId + "/status-reports";
        } catch (InvalidFieldException e) {
            binding.rejectValue(e.field(), e.messageKey());
            return form(projectId, model, form, report);
        } catch (StaleVersionException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            StatusReport current = reports.get(project, id);
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
            reports.delete(new ProjectId(projectId), id, version);
            redirect.addFlashAttribute("deleted", true);
        } catch (StaleVersionException e) {
            redirect.addFlashAttribute("refused", "project.phase.stale");
        }
        return "redirect:/projects/" + projectId + "/status-reports";
    }

    private String form(UUID projectId, Model model, StatusReportForm form, StatusReport report) {
        page.header(new ProjectId(projectId), "status-reports", model);
        model.addAttribute("form", form);
        model.addAttribute("report", report);
        return "portfolio/status-report-edit";
    }
}
