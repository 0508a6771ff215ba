package de.lotse.strategy.web;

import de.lotse.platform.StaleVersionException;
import de.lotse.strategy.MarkdownText;
import de.lotse.strategy.StrategyOverview;
import de.lotse.strategy.Vision;
import de.lotse.strategy.Visions;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The strategy page (vision, fields of action, goals, indicators, what serves each goal) and the vision form. */
@Controller
@RequestMapping("/strategy")
class StrategyController {

    private final StrategyOverview overview;
    private final Visions visions;

    StrategyController(StrategyOverview overview, Visions visions) {
        this.overview = overview;
        this.visions = visions;
    }

    @GetMapping
    String tree(Model model) {
        model.addAttribute("tree", overview.tree());
        return "strategy/tree";
    }

    @GetMapping("/vision/edit")
    @PreAuthorize("hasRole('ADMIN')")
    String editVision(Model model) {
        Vision vision = visions.current().orElse(null);
        return visionForm(model, vision == null ? new VisionForm() : VisionForm.of(vision));
    }

    @PostMapping("/vision")
    @PreAuthorize("hasRole('ADMIN')")
    String saveVision(
            @Valid @ModelAttribute("form") VisionForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        if (binding.hasErrors()) {
            return visionForm(model, form);
        }
        try {
            visions.save(form.getVersion(), form.data());
            redirect.addFlashAttribute("saved", true);
            return "redirect:/strategy";
        } catch (StaleVersionException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            Vision current = visions.current().orElseThrow();
            model.addAttribute("current", current);
            model.addAttribute("currentHtml", MarkdownText.toHtml(current.text()));
            form.setVersion(current.version());
            return visionForm(model, form);
        }
    }

    private String visionForm(Model model, VisionForm form) {
        model.addAttribute("form", form);
        model.addAttribute("preview", form.getText() == null ? "" : MarkdownText.toHtml(form.getText()));
        return "strategy/vision-edit";
    }
}
