package de.lotse.inventory;

import de.lotse.platform.TransactionLocks;
import de.lotse.portfolio.ProjectId;
import de.lotse.portfolio.ProjectReferences;
import de.lotse.portfolio.ProjectReferences.ProjectReference;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Which projects of the portfolio introduce or replace which of the current municipality's applications. */
@Service
@Transactional
public class ApplicationProjects {

    /** How many running projects an application's page offers to choose from. */
    public static final int CHOICES = 500;

    /** A project named on an application's page: what it does to the application. */
    public record LinkedProject(ProjectReference project, ProjectLinkKind kind, boolean retireOnOperation) {}

    /** An application named on a project's page: what the project does to it. */
    public record LinkedApplication(ApplicationChoice application, ProjectLinkKind kind) {}

    /** What a link says, before its project is read. */
    private record Link(ProjectLinkKind kind, boolean retireOnOperation) {}

    private final JdbcClient jdbc;
    private final ApplicationProjectRepository links;
    private final Applications applications;
    private final ProjectReferences projects;
    private final TransactionLocks locks;

    ApplicationProjects(
            JdbcClient jdbc,
            ApplicationProjectRepository links,
            Applications applications,
            ProjectReferences projects,
            TransactionLocks locks) {
        this.locks = locks;
        this.jdbc = jdbc;
        this.links = links;
        this.applications = applications;
        this.projects = projects;
    }

    /** The projects that introduce or replace the application, by title; 404 for an unknown application. */
    @Transactional(readOnly = true)
    public List<LinkedProject> projectsOf(ApplicationId application) {
        applications.get(application);
        Map<ProjectId, Link> byProject = new HashMap<>();
        jdbc.sql("select project_id, kind, retire_on_operation from application_project where application_id = :id")
                .param("id", application.value())
                .query(rs -> {
                    byProject.put(
                            new ProjectId(rs.getObject("project_id", UUID.class)),
                            new Link(
                                    ProjectLinkKind.valueOf(rs.getString("kind")),
                                    rs.getBoolean("retire_on_operation")));
                });
        return projects.of(byProject.keySet()).values().stream()
                .map(project -> {
                    Link link = byProject.get(project.id());
                    return new LinkedProject(project, link.kind(), link.retireOnOperation());
                })
                .toList();
    }

    /** The applications the project introduces or replaces, by kind and name. */
    @Transactional(readOnly = true)
    public List<LinkedApplication> applicationsOf(ProjectId project) {
        return jdbc.sql(
                        """
                        select a.id, a.name, l.kind from application_project l
                        join application a on a.id = l.application_id
                        where l.project_id = :project
                        order by l.kind, lower(a.name), a.id
                        """)
                .param("project", project.value())
                .query((rs, n) -> new LinkedApplication(
                        new ApplicationChoice(new ApplicationId(rs.getObject("id", UUID.class)), rs.getString("name")),
                        ProjectLinkKind.valueOf(rs.getString("kind"))))
                .list();
    }

    /** The running projects one can name for an application. */
    @Transactional(readOnly = true)
    public List<ProjectReference> choices() {
        return projects.running(CHOICES);
    }

    /**
     * Names a project that introduces or replaces the application, or changes what it does (naming it
     * again the same way changes nothing). 404 for an unknown application or project, 403 when the
     * person may not change the project.
     */
    public LinkedProject link(
            ApplicationId application, ProjectId project, ProjectLinkKind kind, boolean retireOnOperation) {
        applications.get(application);
        projects.requireMayChange(project);
        // the same link sent twice at once must not fail on the unique key
        locks.lock("application_project", application.value());
        ApplicationProject link = links.findByApplicationIdAndProjectId(application.value(), project.value())
                .orElse(null);
        if (link == null) {
            link = links.save(new ApplicationProject(application, project.value(), kind, retireOnOperation));
        } else if (link.change(kind, retireOnOperation)) {
            links.save(link);
        }
        return new LinkedProject(projects.find(project).orElseThrow(), link.kind(), link.retireOnOperation());
    }

    /** The project no longer introduces or replaces the application. */
    public void unlink(ApplicationId application, ProjectId project) {
        applications.get(application);
        projects.requireMayChange(project);
        links.findByApplicationIdAndProjectId(application.value(), project.value())
                .ifPresent(links::delete);
    }
}
