package de.lotse.inventory.web;

import de.lotse.inventory.Application;
import de.lotse.inventory.ApplicationId;
import de.lotse.inventory.Applications;
import de.lotse.inventory.Contract;
import de.lotse.inventory.ContractData;
import de.lotse.inventory.ContractId;
import de.lotse.inventory.Contracts;
import de.lotse.platform.InvalidFieldException;
import de.lotse.platform.StaleVersionException;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
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

/** The form of an application's contract and its deletion; the contracts show on the application's page. */
@Controller
@RequestMapping("/applications")
class ContractController {

    private final Applications applications;
    private final Contracts contracts;

    ContractController(Applications applications, Contracts contracts) {
        this.applications = applications;
        this.contracts = contracts;
    }

    /** The page of a contract is the page of its application. */
    @GetMapping("/contracts/{id}")
    String contractPage(@PathVariable UUID id) {
        return "redirect:/applications/" + contracts.applicationOf(new ContractId(id)) + "#contracts";
    }

    @GetMapping("/{id}/contracts/new")
    @PreAuthorize("hasAnyRole('ADMIN', 'EDITOR')")
    String createForm(@PathVariable UUID id, Model model) {
        return form(model, applications.get(new ApplicationId(id)), new ContractForm(), null);
    }

    @PostMapping("/{id}/contracts")
    @PreAuthorize("hasAnyRole('ADMIN', 'EDITOR')")
    String create(
            @PathVariable UUID id,
            @Valid @ModelAttribute("form") ContractForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        ApplicationId applicationId = new ApplicationId(id);
        Application application = applications.get(applicationId);
        ContractData data = form.data(binding);
        if (data == null) {
            return form(model, application, form, null);
        }
        try {
            contracts.create(applicationId, data);
            redirect.addFlashAttribute("saved", true);
            return "redirect:/applications/" + id + "#contracts";
        } catch (InvalidFieldException e) {
            binding.rejectValue(e.field(), e.messageKey());
            return form(model, application, form, null);
        }
    }

    @GetMapping("/{id}/contracts/{contractId}/edit")
    @PreAuthorize("hasAnyRole('ADMIN', 'EDITOR')")
    String editForm(@PathVariable UUID id, @PathVariable UUID contractId, Model model, Locale locale) {
        ApplicationId applicationId = new ApplicationId(id);
        Contract contract = contracts.get(applicationId, new ContractId(contractId));
        return form(model, applications.get(applicationId), ContractForm.of(contract, locale), contract);
    }

    @PostMapping("/{id}/contracts/{contractId}")
    @PreAuthorize("hasAnyRole('ADMIN', 'EDITOR')")
    String update(
            @PathVariable UUID id,
            @PathVariable UUID contractId,
            @Valid @ModelAttribute("form") ContractForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        ApplicationId applicationId = new ApplicationId(id);
        ContractId contractKey = new ContractId(contractId);
        Application application = applications.get(applicationId);
        Contract contract = contracts.get(applicationId, contractKey);
        ContractData data = form.data(binding);
        if (data == null) {
            return form(model, application, form, contract);
        }
        try {
            contracts.update(applicationId, contractKey, form.getVersion(), data);
            redirect.addFlashAttribute("saved", true);
            return "redirect:/applications/" + id + "#contracts";
        } catch (InvalidFieldException e) {
            binding.rejectValue(e.field(), e.messageKey());
            return form(model, application, form, contract);
        } catch (StaleVersionException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            Contract current = contracts.get(applicationId, contractKey);
            model.addAttribute("current", current.data());
            form.setVersion(current.version());
            return form(model, application, form, current);
        }
    }

    @PostMapping("/{id}/contracts/{contractId}/delete")
    @PreAuthorize("hasAnyRole('ADMIN', 'EDITOR')")
    String delete(
            @PathVariable UUID id,
            @PathVariable UUID contractId,
            @RequestParam long version,
            RedirectAttributes redirect) {
        try {
            contracts.delete(new ApplicationId(id), new ContractId(contractId), version);
            redirect.addFlashAttribute("saved", true);
        } catch (StaleVersionException e) {
            redirect.addFlashAttribute("refused", "contract.conflict.title");
        }
        return "redirect:/applications/" + id + "#contracts";
    }

    private static String form(Model model, Application application, ContractForm form, Contract contract) {
        model.addAttribute("app", application);
        model.addAttribute("form", form);
        model.addAttribute("contract", contract);
        return "inventory/contract-edit";
    }
}
