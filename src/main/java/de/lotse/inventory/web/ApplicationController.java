package de.lotse.inventory.web;

import de.lotse.inventory.Application;
import de.lotse.inventory.ApplicationChoice;
import de.lotse.inventory.ApplicationId;
import de.lotse.inventory.ApplicationInterface;
import de.lotse.inventory.ApplicationInterfaceData;
import de.lotse.inventory.ApplicationInterfaceId;
import de.lotse.inventory.ApplicationInterfaces;
import de.lotse.inventory.ApplicationProjects;
import de.lotse.inventory.Applications;
import de.lotse.inventory.ContractCalendar;
import de.lotse.inventory.Contracts;
import de.lotse.inventory.Criticality;
import de.lotse.inventory.Hosting;
import de.lotse.inventory.Lifecycle;
import de.lotse.inventory.ProjectLinkKind;
import de.lotse.inventory.ProtectionNeed;
import de.lotse.inventory.TimeClass;
import de.lotse.platform.InvalidFieldException;
import de.lotse.platform.LinkedRecords;
import de.lotse.platform.Paging;
import de.lotse.platform.StaleVersionException;
import de.lotse.platform.StillReferencedException;
import de.lotse.tenancy.Departments;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
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

/** The application list, an application's page with its interfaces, its form and its deletion. */
@Controller
@RequestMapping("/applications")
class ApplicationController {

    static final int PAGE_SIZE = 25;

    private final Applications applications;
    private final ApplicationInterfaces interfaces;
    private final ApplicationProjects projects;
    private final Contracts contracts;
    private final Departments departments;
    private final List<LinkedRecords> linkedRecords;
    private final Clock clock;

    ApplicationController(
            Applications applications,
            ApplicationInterfaces interfaces,
            ApplicationProjects projects,
            Contracts contracts,
            Departments departments,
            List<LinkedRecords> linkedRecords,
            Clock clock) {
        this.linkedRecords = linkedRecords;
        this.applications = applications;
        this.interfaces = interfaces;
        this.projects = projects;
        this.contracts = contracts;
        this.departments = departments;
        this.clock = clock;
    }

    @GetMapping
    String list(@ModelAttribute("filter") ApplicationFilterForm filter, BindingResult ignored, Model model) {
        model.addAttribute("rows", applications.page(filter.toFilter(), Paging.of(filter.getPage(), PAGE_SIZE)));
        model.addAttribute("departments", departments.tree().entries());
        options(model);
        return "inventory/list";
    }

    @GetMapping("/{id}")
    String view(@PathVariable UUID id, Model model) {
        ApplicationId applicationId = new ApplicationId(id);
        Application application = applications.get(applicationId);
        List<ApplicationInterface> all = interfaces.of(applicationId);
        Map<ApplicationId, String> names = applications.choices().stream()
                .collect(Collectors.toMap(ApplicationChoice::id, ApplicationChoice::name));
        model.addAttribute("app", application);
        model.addAttribute("data", application.data());
        model.addAttribute("names", names);
        model.addAttribute(
                "linked",
                linkedRecords.stream()
                        .flatMap(links -> links.linkedTo("application", id).stream())
                        .toList());
        model.addAttribute(
                "departmentNames",
                departments.tree().entries().stream()
                        .map(entry -> entry.department())
                        .filter(department -> application.data().departments().contains(department.id()))
                        .map(department -> department.name())
                        .toList());
        model.addAttribute(
                "outgoing",
                all.stream().filter(i -> i.from().equals(applicationId)).toList());
        model.addAttribute(
                "incoming",
                all.stream().filter(i -> i.to().equals(applicationId)).toList());
        model.addAttribute("predecessors", applications.predecessorsOf(applicationId));
        model.addAttribute("projects", projects.projectsOf(applicationId));
        model.addAttribute("projectChoices", projects.choices());
        model.addAttribute("projectLinkKinds", ProjectLinkKind.values());
        model.addAttribute("contracts", contracts.of(applicationId));
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute(
                "targets",
                applications.choices().stream()
                        .filter(choice -> !choice.id().equals(applicationId))
                        .toList());
        return "inventory/view";
    }

    /** The page of an interface is the page of the application it starts at. */
    @GetMapping("/interfaces/{id}")
    String interfacePage(@PathVariable UUID id) {
        return "redirect:/applications/" + interfaces.applicationOf(new ApplicationInterfaceId(id));
    }

    @GetMapping("/new")
    @PreAuthorize("hasAnyRole('ADMIN', 'EDITOR')")
    String createForm(Model model) {
        return form(model, new ApplicationForm(), null);
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('ADMIN', 'EDITOR')")
    String create(
            @Valid @ModelAttribute("form") ApplicationForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return form(model, form, null);
        }
        try {
            Application created = applications.create(form.data());
            redirect.addFlashAttribute("saved", true);
            return "redirect:/applications/" + created.id();
        } catch (InvalidFieldException e) {
            binding.rejectValue(e.field(), e.messageKey());
            return form(model, form, null);
        }
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasAnyRole('ADMIN', 'EDITOR')")
    String editForm(@PathVariable UUID id, Model model) {
        Application application = applications.get(new ApplicationId(id));
        return form(model, ApplicationForm.of(application), application);
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasAnyRole('ADMIN', 'EDITOR')")
    String update(
            @PathVariable UUID id,
            @Valid @ModelAttribute("form") ApplicationForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        ApplicationId applicationId = new ApplicationId(id);
        Application application = applications.get(applicationId);
        if (binding.hasErrors()) {
            return form(model, form, application);
        }
        try {
            applications.update(applicationId, form.getVersion(), form.data());
            redirect.addFlashAttribute("saved", true);
            return "redirect:/applications/" + id;
        } catch (InvalidFieldException e) {
            binding.rejectValue(e.field(), e.messageKey());
            return form(model, form, application);
        } catch (StaleVersionException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            Application current = applications.get(applicationId);
            model.addAttribute("current", current.data());
            form.setVersion(current.version());
            return form(model, form, current);
        }
    }

    @PostMapping("/{id}/delete")
    @PreAuthorize("hasAnyRole('ADMIN', 'EDITOR')")
    String delete(@PathVariable UUID id, @RequestParam long version, RedirectAttributes redirect) {
        try {
            applications.delete(new ApplicationId(id), version);
            redirect.addFlashAttribute("deleted", true);
            return "redirect:/applications";
        } catch (StaleVersionException e) {
            redirect.addFlashAttribute("refused", "application.conflict.title");
        } catch (StillReferencedException e) {
            redirect.addFlashAttribute("refused", e.messageKey());
        }
        return "redirect:/applications/" + id;
    }

    @PostMapping("/{id}/interfaces")
    @PreAuthorize("hasAnyRole('ADMIN', 'EDITOR')")
    String addInterface(
            @PathVariable UUID id,
            @RequestParam(required = false) UUID toApplicationId,
            @RequestParam(defaultValue = "") String exchanges,
            RedirectAttributes redirect) {
        ApplicationId applicationId = new ApplicationId(id);
        applications.get(applicationId);
        if (toApplicationId == null) {
            redirect.addFlashAttribute("refused", "application.interface.to.required");
        } else if (exchanges.isBlank() || exchanges.length() > 500) {
            redirect.addFlashAttribute("refused", "application.interface.exchanges.required");
        } else {
            try {
                interfaces.create(
                        applicationId, new ApplicationInterfaceData(new ApplicationId(toApplicationId), exchanges));
                redirect.addFlashAttribute("saved", true);
            } catch (InvalidFieldException e) {
                redirect.addFlashAttribute("refused", e.messageKey());
            }
        }
        return "redirect:/applications/" + id;
    }

    @PostMapping("/{id}/interfaces/{interfaceId}/delete")
    @PreAuthorize("hasAnyRole('ADMIN', 'EDITOR')")
    String deleteInterface(
            @PathVariable UUID id,
            @PathVariable UUID interfaceId,
            @RequestParam long version,
            RedirectAttributes redirect) {
        try {
            interfaces.delete(new ApplicationId(id), new ApplicationInterfaceId(interfaceId), version);
            redirect.addFlashAttribute("saved", true);
        } catch (StaleVersionException e) {
            redirect.addFlashAttribute("refused", "application.conflict.title");
        }
        return "redirect:/applications/" + id;
    }

    private String form(Model model, ApplicationForm form, Application application) {
        model.addAttribute("form", form);
        model.addAttribute("app", application);
        model.addAttribute("departments", departments.tree().entries());
        model.addAttribute(
                "successors",
                applications.choices().stream()
                        .filter(choice -> application == null || !choice.id().equals(application.id()))
                        .toList());
        options(model);
        return "inventory/edit";
    }

    private static void options(Model model) {
        model.addAttribute("lifecycles", Lifecycle.values());
        model.addAttribute("hostings", Hosting.values());
        model.addAttribute("times", TimeClass.values());
        model.addAttribute("criticalities", Criticality.values());
        model.addAttribute("protectionNeeds", ProtectionNeed.values());
        model.addAttribute("fits", List.of(1, 2, 3, 4));
        model.addAttribute("noticePeriods", ContractCalendar.PERIODS);
    }
}
