package de.lotse.servicecatalog.web;

import de.lotse.platform.StaleVersionException;
import de.lotse.servicecatalog.MaturityModel;
import de.lotse.servicecatalog.MaturityModels;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The maturity models with their levels, and the administrators' choice of the one the municipality records in. */
@Controller
@RequestMapping("/services/maturity-model")
class MaturityModelController {

    private final MaturityModels models;

    MaturityModelController(MaturityModels models) {
        this.models = models;
    }

    @GetMapping
    String show(Model model) {
        MaturityModels.Choice chosen = models.chosen();
        model.addAttribute("chosen", chosen);
        model.addAttribute("models", models.allLevels());
        return "servicecatalog/maturity-model";
    }

    @PostMapping
    @PreAuthorize("hasRole('ADMIN')")
    String choose(
            @RequestParam MaturityModel model,
            @RequestParam long version,
            Model page,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        try {
            models.choose(model, version);
            redirect.addFlashAttribute("saved", true);
            return "redirect:/services/maturity-model";
        } catch (StaleVersionException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            page.addAttribute("stale", true);
            return show(page);
        }
    }
}
