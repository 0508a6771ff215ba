package de.lotse.portfolio.qualification.web;

import de.lotse.platform.InvalidFieldException;
import de.lotse.platform.StaleVersionException;
import de.lotse.portfolio.ProjectId;
import de.lotse.portfolio.money.ProjectLookup;
import de.lotse.portfolio.qualification.Pilots;
import de.lotse.portfolio.qualification.QualificationMeasure;
import de.lotse.portfolio.qualification.QualificationMeasureId;
import de.lotse.portfolio.qualification.QualificationMeasures;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
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

/** A project's qualification page: its trainings with participants, and their form. */
@Controller
@RequestMapping("/projects/{projectId}/qualification")
class QualificationController {

    private static final String MAY_RECORD = "hasAnyRole('ADMIN', 'EDITOR', 'PILOT')";

    private final ProjectLookup projects;
    private final QualificationMeasures measures;
    private final Pilots pilots;

    QualificationController(ProjectLookup projects, QualificationMeasures measures, Pilots pilots) {
        this.projects = projects;
        this.measures = measures;
        this.pilots = pilots;
    }

    @GetMapping
    String view(@PathVariable UUID projectId, Model model) {
        ProjectId project = new ProjectId(projectId);
        model.addAttribute("project", projects.require(project));
        model.addAttribute("withinLimits", projects.withinLimits(project));
        List<QualificationMeasure> all = measures.ofProject(project);
        model.addAttribute("measures", all);
        model.addAttribute("pilotNames", pilotNames());
        model.addAttribute(
                "participantsPlanned",
                all.stream()
                        .mapToInt(m -> m.participantsPlanned() == null ? 0 : m.participantsPlanned())
                        .sum());
        model.addAttribute(
                "participantsActual",
                all.stream()
                        .mapToInt(m -> m.participantsActual() == null ? 0 : m.participantsActual())
                        .sum());
        return "portfolio/qualification/view";
    }

    @GetMapping("/new")
    @PreAuthorize(MAY_RECORD)
    String createForm(@PathVariable UUID projectId, Model model) {
        return form(model, new ProjectId(projectId), new QualificationForm(), null);
    }

    @PostMapping
    @PreAuthorize(MAY_RECORD)
    String create(
            @PathVariable UUID projectId,
            @Valid @ModelAttribute("form") QualificationForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        ProjectId project = new ProjectId(projectId);
        if (binding.hasErrors()) {
            return form(model, project, form, null);
        }
        try {
            measures.create(project, form.data());
        } catch (InvalidFieldException e) {
            binding.rejectValue(e.field(), e.messageKey());
            return form(model, project, form, null);
        }
        redirect.addFlashAttribute("saved", "qualification.saved");
        return "redirect:/projects/" + projectId + "/qualification";
    }

    @GetMapping("/{measureId}/edit")
    @PreAuthorize(MAY_RECORD)
    String editForm(@PathVariable UUID projectId, @PathVariable UUID measureId, Model model) {
        ProjectId project = new ProjectId(projectId);
        QualificationMeasure measure = measures.get(project, new QualificationMeasureId(measureId));
        return form(model, project, QualificationForm.of(measure), measure);
    }

    @PostMapping("/{measureId}")
    @PreAuthorize(MAY_RECORD)
    String update(
            @PathVariable UUID projectId,
            @PathVariable UUID measureId,
            @Valid @ModelAttribute("form") QualificationForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        ProjectId project = new ProjectId(projectId);
        QualificationMeasureId id = new QualificationMeasureId(measureId);
        QualificationMeasure measure = measures.get(project, id);
        if (binding.hasErrors()) {
            return form(model, project, form, measure);
        }
        try {
            measures.update(project, id, form.getVersion(), form.data());
        } catch (InvalidFieldException e) {
            binding.rejectValue(e.field(), e.messageKey());
            return form(model, project, form, measure);
        } catch (StaleVersionException e) {
            // someone else saved first: show their version beside the person's input, keep the input
            response.setStatus(HttpStatus.CONFLICT.value());
            QualificationMeasure current = measures.get(project, id);
            model.addAttribute("current", current);
            form.setVersion(current.version());
            return form(model, project, form, current);
        }
        redirect.addFlashAttribute("saved", "qualification.saved");
        return "redirect:/projects/" + projectId + "/qualification";
    }

    @PostMapping("/{measureId}/delete")
    @PreAuthorize(MAY_RECORD)
    String delete(
            @PathVariable UUID projectId,
            @PathVariable UUID measureId,
            @RequestParam long version,
            RedirectAttributes redirect) {
        measures.delete(new ProjectId(projectId), new QualificationMeasureId(measureId), version);
        redirect.addFlashAttribute("saved", "qualification.deleted");
        return "redirect:/projects/" + projectId + "/qualification";
    }

    private Map<UUID, String> pilotNames() {
        return pilots.all().stream().collect(Collectors.toMap(Pilots.Pilot::id, Pilots.Pilot::name));
    }

    private String form(Model model, ProjectId project, QualificationForm form, QualificationMeasure measure) {
        model.addAttribute("project", projects.require(project));
        model.addAttribute("form", form);
        model.addAttribute("measure", measure);
        model.addAttribute("pilots", pilots.all());
        model.addAttribute("pilotNames", pilotNames());
        return "portfolio/qualification/edit";
    }
}
