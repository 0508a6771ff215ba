package de.lotse.servicecatalog.web;

import de.lotse.platform.StaleVersionException;
import de.lotse.servicecatalog.MaturityModel;
import de.lotse.servicecatalog.MaturityModels;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The operator's names and descriptions of the maturity levels, in German and English: reference data
 * for all municipalities. Operators only (the whole {@code /operator} area is theirs).
 */
@Controller
@RequestMapping("/operator/maturity-levels")
class MaturityLevelController {

    private final MaturityModels models;

    MaturityLevelController(MaturityModels models) {
        this.models = models;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("models", models.allLevels());
        return "servicecatalog/maturity-levels";
    }

    @PostMapping("/{model}/{level}")
    String rename(
            @PathVariable MaturityModel model,
            @PathVariable int level,
            @RequestParam long version,
            @RequestParam String nameDe,
            @RequestParam String nameEn,
            @RequestParam String descriptionDe,
            @RequestParam String descriptionEn,
            Model page,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        try {
            models.rename(
                    model, level, version, new MaturityModels.LevelText(nameDe, nameEn, descriptionDe, descriptionEn));
            redirect.addFlashAttribute("saved", model + "-" + level);
            return "redirect:/operator/maturity-levels#level-" + model + "-" + level;
        } catch (ConstraintViolationException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            page.addAttribute("invalid", model + "-" + level);
        } catch (StaleVersionException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            page.addAttribute("stale", model + "-" + level);
        }
        return list(page);
    }
}
