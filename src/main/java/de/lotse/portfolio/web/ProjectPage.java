package de.lotse.portfolio.web;

import de.lotse.portfolio.Project;
import de.lotse.portfolio.ProjectId;
import de.lotse.portfolio.ProjectPhase;
import de.lotse.portfolio.Projects;
import de.lotse.portfolio.ReportDue;
import de.lotse.portfolio.StatusReport;
import de.lotse.portfolio.StatusReports;
import de.lotse.tenancy.Department;
import de.lotse.tenancy.Departments;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What every section of a project's page shows at the top (the project, its status, what the person
 * may do, the tabs): the portfolio's other pages (money, qualification) call {@link #header} too.
 */
@Component
public class ProjectPage {

    private final Projects projects;
    private final StatusReports reports;
    private final Departments departments;
    private final Clock clock;

    ProjectPage(Projects projects, StatusReports reports, Departments departments, Clock clock) {
        this.projects = projects;
        this.reports = reports;
        this.departments = departments;
        this.clock = clock;
    }

    /** Puts the project's header into the model and answers the project. */
    public Project header(ProjectId id, String tab, Model model) {
        Project project = projects.get(id);
        StatusReport latest = reports.latest(id).orElse(null);
        model.addAttribute("project", project);
        model.addAttribute("tab", tab);
        model.addAttribute("latest", latest);
        model.addAttribute(
                "due",
                ReportDue.of(
                        project.phase(),
                        project.cadence(),
                        latest == null ? null : latest.reportDate(),
                        project.leftIdeaOn(),
                        LocalDate.now(clock)));
        model.addAttribute("mayChange", projects.mayChange(project));
        model.addAttribute("departmentName", project.department() == null ? null : departmentName(project));
        model.addAttribute(
                "nextPhases",
                Arrays.stream(ProjectPhase.values())
                        .filter(project.phase()::canMoveTo)
                        .toList());
        return project;
    }

    private String departmentName(Project project) {
        try {
            Department department = departments.get(project.department());
            return department.name();
        } catch (de.lotse.platform.RecordNotFoundException e) {
            return null;
        }
    }

    static List<ProjectPhase> phases() {
        return List.of(ProjectPhase.values());
    }
}
