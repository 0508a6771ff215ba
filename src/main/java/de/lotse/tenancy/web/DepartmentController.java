package de.lotse.tenancy.web;

import de.lotse.platform.InvalidFieldException;
import de.lotse.platform.StaleVersionException;
import de.lotse.platform.StillReferencedException;
import de.lotse.tenancy.Department;
import de.lotse.tenancy.DepartmentId;
import de.lotse.tenancy.DepartmentLevel;
import de.lotse.tenancy.DepartmentTree;
import de.lotse.tenancy.Departments;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
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

/** The pages of the organisation: the department tree, a department, and its form. */
@Controller
@RequestMapping("/departments")
class DepartmentController {

    private final Departments departments;

    DepartmentController(Departments departments) {
        this.departments = departments;
    }

    @ModelAttribute("levels")
    DepartmentLevel[] levels() {
        return DepartmentLevel.values();
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("tree", departments.tree());
        return "tenancy/departments/list";
    }

    @GetMapping("/{id}")
    String view(@PathVariable UUID id, Model model) {
        Department department = departments.get(new DepartmentId(id));
        DepartmentTree tree = departments.tree();
        model.addAttribute("department", department);
        model.addAttribute("parent", department.parent() == null ? null : find(tree, department.parent()));
        model.addAttribute(
                "children",
                tree.entries().stream()
                        .map(DepartmentTree.Entry::department)
                        .filter(candidate -> department.id().equals(candidate.parent()))
                        .toList());
        return "tenancy/departments/view";
    }

    @GetMapping("/new")
    @PreAuthorize("hasRole('ADMIN')")
    String createForm(@RequestParam(required = false) UUID parentId, Model model) {
        DepartmentForm form = new DepartmentForm();
        form.setParentId(parentId);
        return form(model, form, null);
    }

    @PostMapping
    @PreAuthorize("hasRole('ADMIN')")
    String create(
            @Valid @ModelAttribute("form") DepartmentForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return form(model, form, null);
        }
        try {
            Department created = departments.create(form.data());
            redirect.addFlashAttribute("saved", true);
            return "redirect:/departments/" + created.id();
        } catch (InvalidFieldException e) {
            binding.rejectValue(e.field(), e.messageKey());
            return form(model, form, null);
        }
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasRole('ADMIN')")
    String editForm(@PathVariable UUID id, Model model) {
        Department department = departments.get(new DepartmentId(id));
        return form(model, DepartmentForm.of(department), department);
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    String update(
            @PathVariable UUID id,
            @Valid @ModelAttribute("form") DepartmentForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        DepartmentId departmentId = new DepartmentId(id);
        Department department = departments.get(departmentId);
        if (binding.hasErrors()) {
            return form(model, form, department);
        }
        try {
            departments.update(departmentId, form.getVersion(), form.data());
            redirect.addFlashAttribute("saved", true);
            return "redirect:/departments/" + id;
        } catch (InvalidFieldException e) {
            binding.rejectValue(e.field(), e.messageKey());
            return form(model, form, department);
        } catch (StaleVersionException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return conflict(model, form, departments.get(departmentId));
        }
    }

    @PostMapping("/{id}/active")
    @PreAuthorize("hasRole('ADMIN')")
    String setActive(
            @PathVariable UUID id,
            @RequestParam boolean active,
            @RequestParam long version,
            RedirectAttributes redirect) {
        departments.setActive(new DepartmentId(id), version, active);
        redirect.addFlashAttribute("saved", true);
        return "redirect:/departments/" + id;
    }

    @PostMapping("/{id}/delete")
    @PreAuthorize("hasRole('ADMIN')")
    String delete(@PathVariable UUID id, @RequestParam long version, RedirectAttributes redirect) {
        try {
            departments.delete(new DepartmentId(id), version);
            redirect.addFlashAttribute("deleted", true);
            return "redirect:/departments";
        } catch (StillReferencedException e) {
            redirect.addFlashAttribute("refused", e.messageKey());
            return "redirect:/departments/" + id;
        }
    }

    /** Someone else saved first: show their version beside the person's input, keep the input. */
    private String conflict(Model model, DepartmentForm form, Department current) {
        model.addAttribute("current", current);
        model.addAttribute(
                "currentParent", current.parent() == null ? null : find(departments.tree(), current.parent()));
        form.setVersion(current.version());
        return form(model, form, current);
    }

    private String form(Model model, DepartmentForm form, Department department) {
        DepartmentTree tree = departments.tree();
        List<DepartmentId> excluded = department == null
                ? List.of()
                : Stream.concat(Stream.of(department.id()), tree.descendantsOf(department.id()).stream())
                        .toList();
        model.addAttribute("form", form);
        model.addAttribute("department", department);
        model.addAttribute(
                "parents",
                tree.entries().stream()
                        .filter(entry -> !excluded.contains(entry.department().id()))
                        .toList());
        return "tenancy/departments/edit";
    }

    private static Department find(DepartmentTree tree, DepartmentId id) {
        return tree.entries().stream()
                .map(DepartmentTree.Entry::department)
                .filter(candidate -> candidate.id().equals(id))
                .findFirst()
                .orElse(null);
    }
}
