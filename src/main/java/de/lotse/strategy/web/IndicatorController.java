package de.lotse.strategy.web;

import de.lotse.platform.InvalidFieldException;
import de.lotse.platform.StaleVersionException;
import de.lotse.strategy.Goal;
import de.lotse.strategy.GoalId;
import de.lotse.strategy.Goals;
import de.lotse.strategy.Indicator;
import de.lotse.strategy.IndicatorDirection;
import de.lotse.strategy.IndicatorId;
import de.lotse.strategy.Indicators;
import de.lotse.strategy.MeasuredValueId;
import de.lotse.strategy.StrategyTree;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The pages of an indicator: view with chart and measured values, form, adding and deleting values. */
@Controller
@RequestMapping("/strategy")
class IndicatorController {

    /** The size of the chart on an indicator's page. */
    static final int CHART_WIDTH = 480;

    static final int CHART_HEIGHT = 120;

    private final Indicators indicators;
    private final Goals goals;

    IndicatorController(Indicators indicators, Goals goals) {
        this.indicators = indicators;
        this.goals = goals;
    }

    @ModelAttribute("directions")
    IndicatorDirection[] directions() {
        return IndicatorDirection.values();
    }

    @GetMapping("/indicators/{id}")
    String view(@PathVariable UUID id, Model model) {
        return view(indicators.get(new IndicatorId(id)), new MeasuredValueForm(), model);
    }

    @GetMapping("/goals/{goalId}/indicators/new")
    @PreAuthorize("hasRole('ADMIN')")
    String createForm(@PathVariable UUID goalId, Model model) {
        return form(model, new IndicatorForm(), goals.get(new GoalId(goalId)), null);
    }

    @PostMapping("/goals/{goalId}/indicators")
    @PreAuthorize("hasRole('ADMIN')")
    String create(
            @PathVariable UUID goalId,
            @Valid @ModelAttribute("form") IndicatorForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        Goal goal = goals.get(new GoalId(goalId));
        if (binding.hasErrors()) {
            return form(model, form, goal, null);
        }
        try {
            Indicator created = indicators.create(goal.id(), form.data());
            redirect.addFlashAttribute("saved", true);
            return "redirect:/strategy/indicators/" + created.id();
        } catch (InvalidFieldException e) {
            binding.rejectValue(e.field(), e.messageKey());
            return form(model, form, goal, null);
        }
    }

    @GetMapping("/indicators/{id}/edit")
    @PreAuthorize("hasRole('ADMIN')")
    String editForm(@PathVariable UUID id, Model model) {
        Indicator indicator = indicators.get(new IndicatorId(id));
        return form(model, IndicatorForm.of(indicator), goals.get(indicator.goal()), indicator);
    }

    @PostMapping("/indicators/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    String update(
            @PathVariable UUID id,
            @Valid @ModelAttribute("form") IndicatorForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        IndicatorId indicatorId = new IndicatorId(id);
        Indicator indicator = indicators.get(indicatorId);
        Goal goal = goals.get(indicator.goal());
        if (binding.hasErrors()) {
            return form(model, form, goal, indicator);
        }
        try {
            indicators.update(indicatorId, form.getVersion(), form.data());
            redirect.addFlashAttribute("saved", true);
            return "redirect:/strategy/indicators/" + id;
        } catch (InvalidFieldException e) {
            binding.rejectValue(e.field(), e.messageKey());
            return form(model, form, goal, indicator);
        } catch (StaleVersionException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            Indicator current = indicators.get(indicatorId);
            model.addAttribute("current", current);
            form.setVersion(current.version());
            return form(model, form, goal, current);
        }
    }

    @PostMapping("/indicators/{id}/delete")
    @PreAuthorize("hasRole('ADMIN')")
    String delete(@PathVariable UUID id, @RequestParam long version, RedirectAttributes redirect) {
        Indicator indicator = indicators.get(new IndicatorId(id));
        indicators.delete(indicator.id(), version);
        redirect.addFlashAttribute("deleted", "indicator.deleted");
        return "redirect:/strategy/goals/" + indicator.goal();
    }

    @PostMapping("/indicators/{id}/values")
    @PreAuthorize("hasRole('ADMIN')")
    String addValue(
            @PathVariable UUID id,
            @Valid @ModelAttribute("valueForm") MeasuredValueForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        Indicator indicator = indicators.get(new IndicatorId(id));
        if (!binding.hasErrors()) {
            try {
                indicators.addValue(indicator.id(), form.data());
                redirect.addFlashAttribute("valueSaved", true);
                return "redirect:/strategy/indicators/" + id;
            } catch (InvalidFieldException e) {
                binding.rejectValue(e.field(), e.messageKey());
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return view(indicator, form, model);
    }

    @PostMapping("/indicators/{id}/values/{valueId}/delete")
    @PreAuthorize("hasRole('ADMIN')")
    String deleteValue(@PathVariable UUID id, @PathVariable UUID valueId, RedirectAttributes redirect) {
        IndicatorId indicatorId = new IndicatorId(id);
        indicators.deleteValue(indicators.get(indicatorId).id(), new MeasuredValueId(valueId));
        redirect.addFlashAttribute("valueDeleted", true);
        return "redirect:/strategy/indicators/" + id;
    }

    private String view(Indicator indicator, MeasuredValueForm valueForm, Model model) {
        model.addAttribute(
                "node",
                StrategyTree.IndicatorNode.of(indicator, indicators.values(indicator.id()), CHART_WIDTH, CHART_HEIGHT));
        model.addAttribute("goal", goals.get(indicator.goal()));
        model.addAttribute("valueForm", valueForm);
        return "strategy/indicator-view";
    }

    private String form(Model model, IndicatorForm form, Goal goal, Indicator indicator) {
        model.addAttribute("form", form);
        model.addAttribute("goal", goal);
        model.addAttribute("indicator", indicator);
        return "strategy/indicator-edit";
    }
}
