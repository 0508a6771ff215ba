package de.lotse.portfolio.money.web;

import de.lotse.platform.InvalidFieldException;
import de.lotse.platform.StaleVersionException;
import de.lotse.portfolio.ProjectId;
import de.lotse.portfolio.money.BudgetLine;
import de.lotse.portfolio.money.BudgetLineData;
import de.lotse.portfolio.money.BudgetLineId;
import de.lotse.portfolio.money.BudgetLines;
import de.lotse.portfolio.money.CostType;
import de.lotse.portfolio.money.ProjectLookup;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
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

/** The form of a project's budget line: add, change (with the conflict view on a stale edit), delete. */
@Controller
@RequestMapping("/projects/{projectId}/money/budget-lines")
@PreAuthorize("hasAnyRole('ADMIN', 'EDITOR')")
class BudgetLineController {

    private final ProjectLookup projects;
    private final BudgetLines lines;
    private final Clock clock;

    BudgetLineController(ProjectLookup projects, BudgetLines lines, Clock clock) {
        this.projects = projects;
        this.lines = lines;
        this.clock = clock;
    }

    @ModelAttribute("costTypes")
    CostType[] costTypes() {
        return CostType.values();
    }

    @GetMapping("/new")
    String createForm(@PathVariable UUID projectId, Model model) {
        BudgetLineForm form = new BudgetLineForm();
        form.setFiscalYear(LocalDate.now(clock).getYear());
        return form(model, new ProjectId(projectId), form, null);
    }

    @PostMapping
    String create(
            @PathVariable UUID projectId,
            @Valid @ModelAttribute("form") BudgetLineForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        ProjectId project = new ProjectId(projectId);
        BudgetLineData data = form.data(binding);
        if (binding.hasErrors()) {
            return form(model, project, form, null);
        }
        try {
            lines.create(project, data);
        } catch (InvalidFieldException e) {
            binding.rejectValue(e.field(), e.messageKey());
            return form(model, project, form, null);
        }
        redirect.addFlashAttribute("saved", "budget-line.saved");
        return "redirect:/projects/" + projectId + "/money";
    }

    @GetMapping("/{lineId}/edit")
    String editForm(@PathVariable UUID projectId, @PathVariable UUID lineId, Model model, Locale locale) {
        ProjectId project = new ProjectId(projectId);
        BudgetLine line = lines.get(project, new BudgetLineId(lineId));
        return form(model, project, BudgetLineForm.of(line, locale), line);
    }

    @PostMapping("/{lineId}")
    String update(
            @PathVariable UUID projectId,
            @PathVariable UUID lineId,
            @Valid @ModelAttribute("form") BudgetLineForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        ProjectId project = new ProjectId(projectId);
        BudgetLineId id = new BudgetLineId(lineId);
        BudgetLine line = lines.get(project, id);
        BudgetLineData data = form.data(binding);
        if (binding.hasErrors()) {
            return form(model, project, form, line);
        }
        try {
            lines.update(project, id, form.getVersion(), data);
        } catch (InvalidFieldException e) {
            binding.rejectValue(e.field(), e.messageKey());
            return form(model, project, form, line);
        } catch (StaleVersionException e) {
            // someone else saved first: show their version beside the person's input, keep the input
            response.setStatus(HttpStatus.CONFLICT.value());
            BudgetLine current = lines.get(project, id);
            model.addAttribute("current", current);
            form.setVersion(current.version());
            return form(model, project, form, current);
        }
        redirect.addFlashAttribute("saved", "budget-line.saved");
        return "redirect:/projects/" + projectId + "/money";
    }

    @PostMapping("/{lineId}/delete")
    String delete(
            @PathVariable UUID projectId,
            @PathVariable UUID lineId,
            @RequestParam long version,
            RedirectAttributes redirect) {
        lines.delete(new ProjectId(projectId), new BudgetLineId(lineId), version);
        redirect.addFlashAttribute("saved", "budget-line.deleted");
        return "redirect:/projects/" + projectId + "/money";
    }

    private String form(Model model, ProjectId project, BudgetLineForm form, BudgetLine line) {
        model.addAttribute("project", projects.require(project));
        model.addAttribute("form", form);
        model.addAttribute("line", line);
        return "portfolio/money/budget-line-edit";
    }
}
