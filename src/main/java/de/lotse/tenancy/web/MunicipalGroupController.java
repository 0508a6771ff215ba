package de.lotse.tenancy.web;

import de.lotse.platform.Paging;
import de.lotse.platform.StaleVersionException;
import de.lotse.platform.StillReferencedException;
import de.lotse.tenancy.LegalForm;
import de.lotse.tenancy.MunicipalCompany;
import de.lotse.tenancy.MunicipalCompanyId;
import de.lotse.tenancy.MunicipalGroup;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.data.domain.Sort;
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

/** The pages of the municipal group: the list of companies, a company, and its form. */
@Controller
@RequestMapping("/municipal-group")
class MunicipalGroupController {

    static final int PAGE_SIZE = 25;

    private final MunicipalGroup group;

    MunicipalGroupController(MunicipalGroup group) {
        this.group = group;
    }

    @ModelAttribute("legalForms")
    LegalForm[] legalForms() {
        return LegalForm.values();
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("companies", group.page(Paging.of(page, PAGE_SIZE, Sort.by("name", "id"))));
        return "tenancy/municipal-group/list";
    }

    @GetMapping("/{id}")
    String view(@PathVariable UUID id, Model model) {
        model.addAttribute("company", group.get(new MunicipalCompanyId(id)));
        return "tenancy/municipal-group/view";
    }

    @GetMapping("/new")
    @PreAuthorize("hasRole('ADMIN')")
    String createForm(Model model) {
        return form(model, new MunicipalCompanyForm(), null);
    }

    @PostMapping
    @PreAuthorize("hasRole('ADMIN')")
    String create(
            @Valid @ModelAttribute("form") MunicipalCompanyForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return form(model, form, null);
        }
        MunicipalCompany created = group.create(form.data());
        redirect.addFlashAttribute("saved", true);
        return "redirect:/municipal-group/" + created.id();
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasRole('ADMIN')")
    String editForm(@PathVariable UUID id, Model model) {
        MunicipalCompany company = group.get(new MunicipalCompanyId(id));
        return form(model, MunicipalCompanyForm.of(company), company);
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    String update(
            @PathVariable UUID id,
            @Valid @ModelAttribute("form") MunicipalCompanyForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        MunicipalCompanyId companyId = new MunicipalCompanyId(id);
        MunicipalCompany company = group.get(companyId);
        if (binding.hasErrors()) {
            return form(model, form, company);
        }
        try {
            group.update(companyId, form.getVersion(), form.data());
            redirect.addFlashAttribute("saved", true);
            return "redirect:/municipal-group/" + id;
        } catch (StaleVersionException e) {
            // someone else saved first: show their version beside the person's input, keep the input
            response.setStatus(HttpStatus.CONFLICT.value());
            MunicipalCompany current = group.get(companyId);
            model.addAttribute("current", current);
            form.setVersion(current.version());
            return form(model, form, current);
        }
    }

    @PostMapping("/{id}/active")
    @PreAuthorize("hasRole('ADMIN')")
    String setActive(
            @PathVariable UUID id,
            @RequestParam boolean active,
            @RequestParam long version,
            RedirectAttributes redirect) {
        group.setActive(new MunicipalCompanyId(id), version, active);
        redirect.addFlashAttribute("saved", true);
        return "redirect:/municipal-group/" + id;
    }

    @PostMapping("/{id}/delete")
    @PreAuthorize("hasRole('ADMIN')")
    String delete(@PathVariable UUID id, @RequestParam long version, RedirectAttributes redirect) {
        try {
            group.delete(new MunicipalCompanyId(id), version);
            redirect.addFlashAttribute("deleted", true);
            return "redirect:/municipal-group";
        } catch (StillReferencedException e) {
            redirect.addFlashAttribute("refused", e.messageKey());
            return "redirect:/municipal-group/" + id;
        }
    }

    private static String form(Model model, MunicipalCompanyForm form, MunicipalCompany company) {
        model.addAttribute("form", form);
        model.addAttribute("company", company);
        return "tenancy/municipal-group/edit";
    }
}
