package de.lotse.inventory.web;

import de.lotse.inventory.ApplicationInterfaces;
import de.lotse.inventory.ApplicationLandscape;
import de.lotse.inventory.InterfaceGraph;
import de.lotse.tenancy.DepartmentId;
import de.lotse.tenancy.Departments;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The landscape by department and the graph of who talks to whom. */
@Controller
@RequestMapping("/applications")
class LandscapeController {

    private final ApplicationLandscape landscape;
    private final ApplicationInterfaces interfaces;
    private final Departments departments;

    LandscapeController(ApplicationLandscape landscape, ApplicationInterfaces interfaces, Departments departments) {
        this.landscape = landscape;
        this.interfaces = interfaces;
        this.departments = departments;
    }

    @GetMapping("/landscape")
    String landscape(@RequestParam(defaultValue = "false") boolean retired, Model model) {
        model.addAttribute("landscape", landscape.byDepartment(retired));
        model.addAttribute("retired", retired);
        return "inventory/landscape";
    }

    @GetMapping("/interfaces")
    String interfaces(@RequestParam(required = false) UUID department, Model model) {
        model.addAttribute("graph", interfaces.graph(department == null ? null : new DepartmentId(department)));
        model.addAttribute("size", InterfaceGraph.SIZE);
        model.addAttribute("department", department);
        model.addAttribute("departments", departments.tree().entries());
        return "inventory/interfaces";
    }
}
