package de.lotse.strategy.web;

import de.lotse.platform.InvalidFieldException;
import de.lotse.platform.StaleVersionException;
import de.lotse.platform.StillReferencedException;
import de.lotse.strategy.FieldColour;
import de.lotse.strategy.FieldOfAction;
import de.lotse.strategy.FieldOfActionId;
import de.lotse.strategy.FieldsOfAction;
import de.lotse.strategy.Goals;
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

/** The pages of a field of action: view, form, moving it in the order, deleting it. */
@Controller
@RequestMapping("/strategy/fields")
class FieldController {

    private final FieldsOfAction fields;
    private final Goals goals;

    FieldController(FieldsOfAction fields, Goals goals) {
        this.fields = fields;
        this.goals = goals;
    }

    @ModelAttribute("colours")
    FieldColour[] colours() {
        return FieldColour.values();
    }

    @GetMapping("/{id}")
    String view(@PathVariable UUID id, Model model) {
        FieldOfAction field = fields.get(new FieldOfActionId(id));
        model.addAttribute("field", field);
        model.addAttribute("goals", goals.ofField(field.id()));
        return "strategy/field-view";
    }

    @GetMapping("/new")
    @PreAuthorize("hasRole('ADMIN')")
    String createForm(Model model) {
        return form(model, new FieldForm(), null);
    }

    @PostMapping
    @PreAuthorize("hasRole('ADMIN')")
    String create(
            @Valid @ModelAttribute("form") FieldForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return form(model, form, null);
        }
        try {
            FieldOfAction created = fields.create(form.data());
            redirect.addFlashAttribute("saved", true);
            return "redirect:/strategy/fields/" + created.id();
        } catch (InvalidFieldException e) {
            binding.rejectValue(e.field(), e.messageKey());
            return form(model, form, null);
        }
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasRole('ADMIN')")
    String editForm(@PathVariable UUID id, Model model) {
        FieldOfAction field = fields.get(new FieldOfActionId(id));
        return form(model, FieldForm.of(field), field);
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    String update(
            @PathVariable UUID id,
            @Valid @ModelAttribute("form") FieldForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        FieldOfActionId fieldId = new FieldOfActionId(id);
        FieldOfAction field = fields.get(fieldId);
        if (binding.hasErrors()) {
            return form(model, form, field);
        }
        try {
            fields.update(fieldId, form.getVersion(), form.data());
            redirect.addFlashAttribute("saved", true);
            return "redirect:/strategy/fields/" + id;
        } catch (InvalidFieldException e) {
            binding.rejectValue(e.field(), e.messageKey());
            return form(model, form, field);
        } catch (StaleVersionException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            FieldOfAction current = fields.get(fieldId);
            model.addAttribute("current", current);
            form.setVersion(current.version());
            return form(model, form, current);
        }
    }

    @PostMapping("/{id}/move")
    @PreAuthorize("hasRole('ADMIN')")
    String move(@PathVariable UUID id, @RequestParam boolean up, @RequestParam long version) {
        FieldOfAction field = fields.move(new FieldOfActionId(id), version, up);
        return "redirect:/strategy#field-" + field.id();
    }

    @PostMapping("/{id}/delete")
    @PreAuthorize("hasRole('ADMIN')")
    String delete(@PathVariable UUID id, @RequestParam long version, RedirectAttributes redirect) {
        try {
            fields.delete(new FieldOfActionId(id), version);
            redirect.addFlashAttribute("deleted", "field.deleted");
            return "redirect:/strategy";
        } catch (StillReferencedException e) {
            redirect.addFlashAttribute("refused", e.messageKey());
            return "redirect:/strategy/fields/" + id;
        }
    }

    private String form(Model model, FieldForm form, FieldOfAction field) {
        model.addAttribute("form", form);
        model.addAttribute("field", field);
        return "strategy/field-edit";
    }
}
