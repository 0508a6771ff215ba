package de.lotse.operator.web;

import de.lotse.identity.CurrentUser;
import de.lotse.identity.Role;
import de.lotse.identity.UserAccounts;
import de.lotse.operator.MunicipalityOverview;
import de.lotse.platform.InvalidFieldException;
import de.lotse.platform.Paging;
import de.lotse.platform.RecordNotFoundException;
import de.lotse.tenancy.DirectoryMunicipality;
import de.lotse.tenancy.Municipality;
import de.lotse.tenancy.MunicipalityDirectory;
import de.lotse.tenancy.MunicipalityId;
import de.lotse.tenancy.MunicipalityRegistry;
import de.lotse.tenancy.MunicipalityRepository;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The operator console: the installation's municipalities, registering one, deactivating one. */
@Controller
@RequestMapping("/operator")
class OperatorController {

    private static final int PAGE_SIZE = 50;

    private final MunicipalityOverview overview;
    private final MunicipalityDirectory directory;
    private final MunicipalityRegistry registry;
    private final MunicipalityRepository municipalities;
    private final UserAccounts accounts;
    private final TransactionTemplate transaction;

    OperatorController(
            MunicipalityOverview overview,
            MunicipalityDirectory directory,
            MunicipalityRegistry registry,
            MunicipalityRepository municipalities,
            UserAccounts accounts,
            TransactionTemplate transaction) {
        this.overview = overview;
        this.directory = directory;
        this.registry = registry;
        this.municipalities = municipalities;
        this.accounts = accounts;
        this.transaction = transaction;
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("page", overview.crossTenantPage(q, Paging.of(page, PAGE_SIZE)));
        return "operator/list";
    }

    @GetMapping("/municipalities/new")
    String search(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) String ags, Model model) {
        model.addAttribute("q", q);
        List<DirectoryMunicipality> results = q.isBlank() ? List.of() : directory.search(q, 20);
        model.addAttribute("results", results);
        if (ags != null) {
            DirectoryMunicipality entry =
                    directory.findByAgs(ags).orElseThrow(() -> new RecordNotFoundException("directory entry", ags));
            NewMunicipalityForm form = new NewMunicipalityForm();
            form.setAgs(entry.ags());
            form.setName(entry.shortName());
            form.setSlug(MunicipalityRegistry.suggestSlug(entry.shortName()));
            return form(model, form, entry);
        }
        return "operator/new";
    }

    @PostMapping("/municipalities")
    String register(
            @AuthenticationPrincipal CurrentUser operator,
            @Valid @ModelAttribute("form") NewMunicipalityForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        DirectoryMunicipality entry = directory
                .findByAgs(form.getAgs() == null ? "" : form.getAgs().strip())
                .orElse(null);
        if (entry == null) {
            return "redirect:/operator/municipalities/new";
        }
        if (binding.hasErrors()) {
            return form(model, form, entry);
        }
        try {
            Registered registered = transaction.execute(status -> {
                Municipality municipality = registry.register(form.getAgs(), form.getName(), form.getSlug());
                return new Registered(
                        municipality,
                        accounts.invite(
                                form.getAdminEmail(),
                                form.getAdminName(),
                                municipality.id(),
                                Role.ADMIN,
                                List.of(),
                                operator));
            });
            redirect.addFlashAttribute(
                    "adminEmail", registered.invitation().account().email());
            redirect.addFlashAttribute(
                    "oneTimePassword", registered.invitation().oneTimePassword());
            return "redirect:/operator/municipalities/"
                    + registered.municipality().id().value();
        } catch (InvalidFieldException e) {
            // the invitation speaks of the e-mail address, which this form calls the administrator's
            binding.rejectValue("email".equals(e.field()) ? "adminEmail" : e.field(), e.messageKey());
            return form(model, form, entry);
        }
    }

    @GetMapping("/municipalities/{id}")
    String view(@PathVariable UUID id, Model model) {
        model.addAttribute(
                "municipality",
                municipalities
                        .findById(new MunicipalityId(id))
                        .orElseThrow(() -> new RecordNotFoundException("municipality", id)));
        return "operator/view";
    }

    @PostMapping("/municipalities/{id}/active")
    String setActive(@PathVariable UUID id, @RequestParam boolean active, RedirectAttributes redirect) {
        registry.setActive(new MunicipalityId(id), active);
        redirect.addFlashAttribute("saved", true);
        return "redirect:/operator/municipalities/" + id;
    }

    /** A municipality just registered, with the invitation of its first administrator. */
    private record Registered(Municipality municipality, UserAccounts.Invitation invitation) {}

    private String form(Model model, NewMunicipalityForm form, DirectoryMunicipality entry) {
        model.addAttribute("form", form);
        model.addAttribute("entry", entry);
        return "operator/register";
    }
}
