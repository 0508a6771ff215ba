package de.lotse.strategy.web;

import de.lotse.platform.InvalidFieldException;
import de.lotse.platform.StaleVersionException;
import de.lotse.platform.StillReferencedException;
import de.lotse.strategy.FieldsOfAction;
import de.lotse.strategy.Goal;
import de.lotse.strategy.GoalId;
import de.lotse.strategy.Goals;
import de.lotse.strategy.Indicators;
import de.lotse.strategy.StrategyOverview;
import de.lotse.strategy.StrategyTree;
import de.lotse.tenancy.Department;
import de.lotse.tenancy.DepartmentTree;
import de.lotse.tenancy.Departments;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
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

/** The pages of a goal: view with its indicators and what serves it, form, moving, deleting. */
@Controller
@RequestMapping("/strategy/goals")
class GoalController {

    /** The size of the charts on a goal's page. */
    static final int CHART_WIDTH = 240;

    static final int CHART_HEIGHT = 60;

    private final Goals goals;
    private final FieldsOfAction fields;
    private final Indicators indicators;
    private final Departments departments;
    private final StrategyOverview overview;

    GoalController(
            Goals goals,
            FieldsOfAction fields,
            Indicators indicators,
            Departments departments,
            StrategyOverview overview) {
        this.goals = goals;
        this.fields = fields;
        this.indicators = indicators;
        this.departments = departments;
        this.overview = overview;
    }

    @GetMapping("/{id}")
    String view(@PathVariable UUID id, Model model) {
        Goal goal = goals.get(new GoalId(id));
        model.addAttribute("goal", goal);
        model.addAttribute("field", fields.get(goal.field()));
        model.addAttribute("department", department(goal));
        model.addAttribute(
                "indicators",
                indicators.ofGoal(goal.id()).stream()
                        .map(indicator -> StrategyTree.IndicatorNode.of(
                                indicator, indicators.values(indicator.id()), CHART_WIDTH, CHART_HEIGHT))
                        .toList());
        model.addAttribute(
                "contributions", overview.contributionsTo(List.of(goal)).getOrDefault(goal.id(), List.of()));
        return "strategy/goal-view";
    }

    @GetMapping("/new")
    @PreAuthorize("hasRole('ADMIN')")
    String createForm(@RequestParam(required = false) UUID fieldId, Model model) {
        GoalForm form = new GoalForm();
        form.setFieldId(fieldId);
        return form(model, form, null);
    }

    @PostMapping
    @PreAuthorize("hasRole('ADMIN')")
    String create(
            @Valid @ModelAttribute("form") GoalForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return form(model, form, null);
        }
        try {
            Goal created = goals.create(form.data());
            redirect.addFlashAttribute("saved", true);
            return "redirect:/strategy/goals/" + created.id();
        } catch (InvalidFieldException e) {
            binding.rejectValue(e.field(), e.messageKey());
            return form(model, form, null);
        }
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasRole('ADMIN')")
    String editForm(@PathVariable UUID id, Model model) {
        Goal goal = goals.get(new GoalId(id));
        return form(model, GoalForm.of(goal), goal);
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    String update(
            @PathVariable UUID id,
            @Valid @ModelAttribute("form") GoalForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        GoalId goalId = new GoalId(id);
        Goal goal = goals.get(goalId);
        if (binding.hasErrors()) {
            return form(model, form, goal);
        }
        try {
            goals.update(goalId, form.getVersion(), form.data());
            redirect.addFlashAttribute("saved", true);
            return "redirect:/strategy/goals/" + id;
        } catch (InvalidFieldException e) {
            binding.rejectValue(e.field(), e.messageKey());
            return form(model, form, goal);
        } catch (StaleVersionException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            Goal current = goals.get(goalId);
            model.addAttribute("current", current);
            model.addAttribute("currentField", fields.get(current.field()));
            model.addAttribute("currentDepartment", department(current));
            form.setVersion(current.version());
            return form(model, form, current);
        }
    }

    @PostMapping("/{id}/move")
    @PreAuthorize("hasRole('ADMIN')")
    String move(@PathVariable UUID id, @RequestParam boolean up, @RequestParam long version) {
        Goal goal = goals.move(new GoalId(id), version, up);
        return "redirect:/strategy#goal-" + goal.id();
    }

    @PostMapping("/{id}/delete")
    @PreAuthorize("hasRole('ADMIN')")
    String delete(@PathVariable UUID id, @RequestParam long version, RedirectAttributes redirect) {
        try {
            goals.delete(new GoalId(id), version);
            redirect.addFlashAttribute("deleted", "goal.deleted");
            return "redirect:/strategy";
        } catch (StillReferencedException e) {
            redirect.addFlashAttribute("refused", e.messageKey());
            return "redirect:/strategy/goals/" + id;
        }
    }

    private Department department(Goal goal) {
        if (goal.department() == null) {
            return null;
        }
        return departments.tree().entries().stream()
                .map(DepartmentTree.Entry::department)
                .filter(department -> department.id().equals(goal.department()))
                .findFirst()
                .orElse(null);
    }

    private String form(Model model, GoalForm form, Goal goal) {
        model.addAttribute("form", form);
        model.addAttribute("goal", goal);
        model.addAttribute("fields", fields.all());
        model.addAttribute("departments", departments.tree().entries());
        return "strategy/goal-edit";
    }
}
