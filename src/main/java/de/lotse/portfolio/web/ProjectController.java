package de.lotse.portfolio.web;

import de.lotse.platform.InvalidFieldException;
import de.lotse.platform.LinkedRecords;
import de.lotse.platform.StaleVersionException;
import de.lotse.platform.StillReferencedException;
import de.lotse.portfolio.Portfolio;
import de.lotse.portfolio.Project;
import de.lotse.portfolio.ProjectId;
import de.lotse.portfolio.ProjectMode;
import de.lotse.portfolio.ProjectPermissions;
import de.lotse.portfolio.ProjectPhase;
import de.lotse.portfolio.ProjectPriority;
import de.lotse.portfolio.Projects;
import de.lotse.portfolio.ReportingCadence;
import de.lotse.portfolio.Topics;
import de.lotse.portfolio.internal.StrategyOptions;
import de.lotse.strategy.GoalReferences;
import de.lotse.tenancy.Departments;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
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

/** A project's page (overview, dependencies), its form, its phase moves and its deletion. */
@Controller
@RequestMapping("/projects")
class ProjectController {

    private final Projects projects;
    private final ProjectPage page;
    private final Portfolio portfolio;
    private final Departments departments;
    private final Topics topics;
    private final StrategyOptions strategy;
    private final GoalReferences goals;
    private final ProjectPermissions permissions;
    private final List<LinkedRecords> linkedRecords;

    ProjectController(
            Projects projects,
            ProjectPage page,
            Portfolio portfolio,
            Departments departments,
            Topics topics,
            StrategyOptions strategy,
            GoalReferences goals,
            ProjectPermissions permissions,
            List<LinkedRecords> linkedRecords) {
        this.projects = projects;
        this.page = page;
        this.portfolio = portfolio;
        this.departments = departments;
        this.topics = topics;
        this.strategy = strategy;
        this.goals = goals;
        this.permissions = permissions;
        this.linkedRecords = linkedRecords;
    }

    @GetMapping("/{id}")
    String view(@PathVariable UUID id, Model model) {
        Project project = page.header(new ProjectId(id), "overview", model);
        model.addAttribute("goals", goals.titles(project.goals()));
        model.addAttribute(
                "topicNames",
                topics.all().stream()
                        .filter(topic -> project.topics().contains(topic.id()))
                        .map(topic -> topic.name())
                        .toList());
        model.addAttribute("phaseHistory", projects.phaseHistory(project.id()));
        model.addAttribute(
                "linked",
                linkedRecords.stream()
                        .flatMap(links -> links.linkedTo("project", id).stream())
                        .toList());
        return "portfolio/view";
    }

    @GetMapping("/{id}/dependencies")
    String dependencies(@PathVariable UUID id, Model model) {
        Project project = page.header(new ProjectId(id), "dependencies", model);
        var all = portfolio.choices();
        model.addAttribute(
                "dependsOn",
                all.stream().filter(p -> project.dependsOn().contains(p.id())).toList());
        model.addAttribute("dependents", portfolio.dependents(project.id()));
        model.addAttribute(
                "candidates",
                all.stream()
                        .filter(p -> !p.id().equals(project.id())
                                && !project.dependsOn().contains(p.id()))
                        .toList());
        return "portfolio/dependencies";
    }

    @PostMapping("/{id}/dependencies")
    @PreAuthorize("hasAnyRole('ADMIN', 'EDITOR')")
    String changeDependencies(
            @PathVariable UUID id,
            @RequestParam long version,
            @RequestParam(required = false) UUID add,
            @RequestParam(required = false) UUID remove,
            RedirectAttributes redirect) {
        ProjectId projectId = new ProjectId(id);
        Project project = projects.get(projectId);
        var data = project.data();
        var dependsOn = new java.util.LinkedHashSet<>(data.dependsOn());
        if (add != null) {
            dependsOn.add(new ProjectId(add));
        }
        if (remove != null) {
            dependsOn.remove(new ProjectId(remove));
        }
        try {
            projects.update(projectId, version, withDependencies(data, dependsOn));
            redirect.addFlashAttribute("saved", true);
        } catch (InvalidFieldException e) {
            redirect.addFlashAttribute("refused", e.messageKey());
        } catch (StaleVersionException e) {
            redirect.addFlashAttribute("refused", "project.conflict.title");
        }
        return "redirect:/projects/" + id + "/dependencies";
    }

    @GetMapping("/new")
    @PreAuthorize("hasAnyRole('ADMIN', 'EDITOR')")
    String createForm(@RequestParam(required = false) UUID goalId, Model model) {
        ProjectForm form = new ProjectForm();
        if (goalId != null) {
            form.getGoalIds().add(goalId);
        }
        return form(model, form, null);
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('ADMIN', 'EDITOR')")
    String create(
            @Valid @ModelAttribute("form") ProjectForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return form(model, form, null);
        }
        try {
            Project created = projects.create(form.data());
            redirect.addFlashAttribute("saved", true);
            return "redirect:/projects/" + created.id();
        } catch (InvalidFieldException e) {
            binding.rejectValue(e.field(), e.messageKey());
            return form(model, form, null);
        }
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasAnyRole('ADMIN', 'EDITOR')")
    String editForm(@PathVariable UUID id, Model model) {
        Project project = projects.get(new ProjectId(id));
        requireMayChange(project);
        return form(model, ProjectForm.of(project), project);
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasAnyRole('ADMIN', 'EDITOR')")
    String update(
            @PathVariable UUID id,
            @Valid @ModelAttribute("form") ProjectForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        ProjectId projectId = new ProjectId(id);
        Project project = projects.get(projectId);
        requireMayChange(project);
        if (binding.hasErrors()) {
            return form(model, form, project);
        }
        try {
            projects.update(projectId, form.getVersion(), form.data());
            redirect.addFlashAttribute("saved", true);
            return "redirect:/projects/" + id;
        } catch (InvalidFieldException e) {
            binding.rejectValue(e.field(), e.messageKey());
            return form(model, form, project);
        } catch (StaleVersionException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            Project current = projects.get(projectId);
            model.addAttribute("current", current);
            model.addAttribute("currentGoals", goals.titles(current.goals()).values());
            form.setVersion(current.version());
            return form(model, form, current);
        }
    }

    @PostMapping("/{id}/phase")
    @PreAuthorize("hasAnyRole('ADMIN', 'EDITOR')")
    String changePhase(
            @PathVariable UUID id,
            @RequestParam long version,
            @RequestParam(required = false) ProjectPhase phase,
            @RequestParam(required = false) String note,
            RedirectAttributes redirect) {
        try {
            projects.changePhase(new ProjectId(id), version, phase, note);
            redirect.addFlashAttribute("saved", true);
        } catch (InvalidFieldException e) {
            redirect.addFlashAttribute("refused", e.messageKey());
        } catch (StaleVersionException e) {
            redirect.addFlashAttribute("refused", "project.phase.stale");
        }
        return "redirect:/projects/" + id;
    }

    @PostMapping("/{id}/delete")
    @PreAuthorize("hasAnyRole('ADMIN', 'EDITOR')")
    String delete(@PathVariable UUID id, @RequestParam long version, RedirectAttributes redirect) {
        try {
            projects.delete(new ProjectId(id), version);
            redirect.addFlashAttribute("deleted", true);
            return "redirect:/projects";
        } catch (StaleVersionException e) {
            redirect.addFlashAttribute("refused", "project.phase.stale");
            return "redirect:/projects/" + id;
        } catch (StillReferencedException e) {
            redirect.addFlashAttribute("refused", e.messageKey());
            return "redirect:/projects/" + id;
        }
    }

    private String form(Model model, ProjectForm form, Project project) {
        model.addAttribute("form", form);
        model.addAttribute("project", project);
        model.addAttribute("departments", departments.tree().entries());
        model.addAttribute("goalOptions", strategy.goals());
        model.addAttribute("topicOptions", topics.all());
        model.addAttribute("modes", ProjectMode.values());
        model.addAttribute("priorities", ProjectPriority.values());
        model.addAttribute("cadences", ReportingCadence.values());
        return "portfolio/edit";
    }

    private void requireMayChange(Project project) {
        if (!projects.mayChange(project)) {
            throw new AccessDeniedException("project of another department");
        }
    }

    private static de.lotse.portfolio.ProjectData withDependencies(
            de.lotse.portfolio.ProjectData data, java.util.Set<ProjectId> dependsOn) {
        return new de.lotse.portfolio.ProjectData(
                data.title(),
                data.summary(),
                data.goals(),
                data.lead(),
                data.department(),
                data.mode(),
                data.priority(),
                data.topics(),
                data.plannedStart(),
                data.plannedEnd(),
                data.cadence(),
                dependsOn,
                data.publicVisible(),
                data.publicSummary());
    }
}
