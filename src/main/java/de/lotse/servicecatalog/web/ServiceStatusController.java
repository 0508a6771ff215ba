package de.lotse.servicecatalog.web;

import de.lotse.platform.InvalidFieldException;
import de.lotse.platform.Paging;
import de.lotse.platform.ReturnPath;
import de.lotse.platform.StaleVersionException;
import de.lotse.servicecatalog.MaturityLevel;
import de.lotse.servicecatalog.MaturityModel;
import de.lotse.servicecatalog.MaturityModels;
import de.lotse.servicecatalog.ServiceApplications;
import de.lotse.servicecatalog.ServiceCatalogue;
import de.lotse.servicecatalog.ServiceProgress;
import de.lotse.servicecatalog.ServiceProjects;
import de.lotse.servicecatalog.ServiceStatusFilter;
import de.lotse.servicecatalog.ServiceStatusRow;
import de.lotse.servicecatalog.ServiceStatuses;
import de.lotse.tenancy.DepartmentId;
import de.lotse.tenancy.Departments;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
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

/** The municipality's services: the status list with bulk changes, one service's form, the progress by topic. */
@Controller
@RequestMapping("/services")
class ServiceStatusController {

    static final int PAGE_SIZE = 50;

    private final ServiceStatuses statuses;
    private final ServiceProgress progress;
    private final ServiceCatalogue catalogue;
    private final Departments departments;
    private final MaturityModels models;
    private final ServiceProjects projects;
    private final ServiceApplications applications;

    ServiceStatusController(
            ServiceStatuses statuses,
            ServiceProgress progress,
            ServiceCatalogue catalogue,
            Departments departments,
            MaturityModels models,
            ServiceProjects projects,
            ServiceApplications applications) {
        this.statuses = statuses;
        this.progress = progress;
        this.catalogue = catalogue;
        this.departments = departments;
        this.models = models;
        this.projects = projects;
        this.applications = applications;
    }

    /** The levels of the model the municipality records in, for every page of its services. */
    @ModelAttribute("levels")
    List<MaturityLevel> levels() {
        return models.levels(models.current());
    }

    @GetMapping
    String list(@ModelAttribute("filter") ServiceStatusFilterForm filter, BindingResult ignored, Model model) {
        model.addAttribute("rows", statuses.list(filter.toFilter(), Paging.of(filter.getPage(), PAGE_SIZE)));
        model.addAttribute("topics", catalogue.tree().topics());
        model.addAttribute("departments", departments.tree().entries());
        return "servicecatalog/status-list";
    }

    /**
     * Where going online helps most: the services below a level (by default below online), those with
     * the most cases on paper first.
     */
    @GetMapping("/helps-most")
    String helpsMost(
            @RequestParam(required = false) Integer below, @RequestParam(defaultValue = "0") int page, Model model) {
        int level =
                below == null || below < 1 || below > models.current().highest() ? MaturityModel.ONLINE_LEVEL : below;
        model.addAttribute("below", level);
        model.addAttribute(
                "rows",
                statuses.list(
                        new ServiceStatusFilter(null, null, null, null, null, null, level, false),
                        Paging.of(page, PAGE_SIZE, Sort.by("casesOffline").descending())));
        return "servicecatalog/helps-most";
    }

    @PostMapping("/bulk")
    @PreAuthorize("hasAnyRole('ADMIN', 'EDITOR')")
    String bulk(
            @RequestParam(required = false) List<UUID> ids,
            @RequestParam(required = false) Integer maturityLevel,
            @RequestParam(required = false) UUID departmentId,
            @RequestParam(required = false) Boolean concerned,
            @RequestParam(defaultValue = "") String back,
            RedirectAttributes redirect) {
        if (ids == null || ids.isEmpty() || (maturityLevel == null && departmentId == null && concerned == null)) {
            redirect.addFlashAttribute("refused", "service-status.bulk.nothing");
        } else {
            int updated = statuses.updateAll(
                    ids,
                    new ServiceStatuses.BulkChange(
                            maturityLevel, departmentId == null ? null : new DepartmentId(departmentId), concerned));
            redirect.addFlashAttribute("bulkUpdated", updated);
        }
        return "redirect:" + ReturnPath.toList("/services", back);
    }

    @GetMapping("/progress")
    String progress(Model model) {
        model.addAttribute("progress", progress.byTopic());
        return "servicecatalog/progress";
    }

    @GetMapping("/{leikaKey}")
    String edit(@PathVariable String leikaKey, Model model) {
        ServiceStatusRow row = statuses.get(leikaKey);
        return form(model, row, ServiceStatusForm.of(row));
    }

    @PostMapping("/{leikaKey}")
    @PreAuthorize("hasAnyRole('ADMIN', 'EDITOR')")
    String update(
            @PathVariable String leikaKey,
            @Valid @ModelAttribute("form") ServiceStatusForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        ServiceStatusRow row = statuses.get(leikaKey);
        if (binding.hasErrors()) {
            return form(model, row, form);
        }
        try {
            statuses.update(leikaKey, form.getVersion(), form.data());
            redirect.addFlashAttribute("saved", true);
            return "redirect:/services/" + leikaKey;
        } catch (InvalidFieldException e) {
            binding.rejectValue(e.field(), e.messageKey());
            return form(model, row, form);
        } catch (StaleVersionException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("current", row);
            form.setVersion(row.version());
            return form(model, row, form);
        }
    }

    private String form(Model model, ServiceStatusRow row, ServiceStatusForm form) {
        model.addAttribute("service", row);
        model.addAttribute("projects", projects.projectsOf(row));
        model.addAttribute("projectChoices", projects.choices());
        model.addAttribute("applications", applications.applicationsOf(row));
        model.addAttribute("applicationChoices", applications.choices());
        model.addAttribute("form", form);
        model.addAttribute("departments", departments.tree().entries());
        return "servicecatalog/status-edit";
    }
}
