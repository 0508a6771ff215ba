package de.lotse.servicecatalog;

import de.lotse.platform.TransactionLocks;
import de.lotse.portfolio.ProjectId;
import de.lotse.portfolio.ProjectReferences;
import de.lotse.portfolio.ProjectReferences.ProjectReference;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Which projects of the portfolio bring which of the current municipality's services online. */
@Service
@Transactional
public class ServiceProjects {

    /** How many running projects a service's page offers to choose from. */
    public static final int CHOICES = 500;

    /** A service a project brings online: its LeiKa key and name. */
    public record LinkedService(String leikaKey, String name) {}

    private final JdbcClient jdbc;
    private final ServiceStatuses statuses;
    private final ServiceProjectRepository links;
    private final ProjectReferences projects;
    private final TransactionLocks locks;

    ServiceProjects(
            JdbcClient jdbc,
            ServiceStatuses statuses,
            ServiceProjectRepository links,
            ProjectReferences projects,
            TransactionLocks locks) {
        this.locks = locks;
        this.jdbc = jdbc;
        this.statuses = statuses;
        this.links = links;
        this.projects = projects;
    }

    /** The projects that bring the service with this key online, by title; 404 for an unknown key. */
    @Transactional(readOnly = true)
    public List<ProjectReference> projectsOf(String leikaKey) {
        return projectsOf(statuses.get(leikaKey));
    }

    /** The projects that bring the service online, by title. */
    @Transactional(readOnly = true)
    public List<ProjectReference> projectsOf(ServiceStatusRow service) {
        List<ProjectId> ids = jdbc.sql(
                        """
                        select sp.project_id from service_project sp
                        join service_status st on st.service_id = sp.service_id
                        where st.id = :status
                        """)
                .param("status", service.id())
                .query((rs, n) -> new ProjectId(rs.getObject(1, UUID.class)))
                .list();
        return new ArrayList<>(projects.of(ids).values());
    }

    /** The services the project brings online, by name. */
    @Transactional(readOnly = true)
    public List<LinkedService> servicesOf(ProjectId project) {
        return jdbc.sql(
                        """
                        select s.leika_key, s.name from service_project sp
                        join catalogue_leika_service s on s.id = sp.service_id
                        where sp.project_id = :project and s.leika_key is not null
                        order by s.name
                        """)
                .param("project", project.value())
                .query((rs, n) -> new LinkedService(rs.getString(1), rs.getString(2)))
                .list();
    }

    /** The running projects one can name for a service. */
    @Transactional(readOnly = true)
    public List<ProjectReference> choices() {
        return projects.running(CHOICES);
    }

    /**
     * Names a project that brings the service online (once; naming it again changes nothing). The
     * project must exist in the municipality (else 404) and the person may change it (else 403).
     */
    public void link(String leikaKey, ProjectId project) {
        ServiceStatusRow service = statuses.get(leikaKey);
        projects.requireMayChange(project);
        int serviceId = statuses.serviceIdOf(service);
        // the same link sent twice at once must not fail on the unique key
        locks.lock("service_project", serviceId);
        if (links.findByServiceIdAndProjectId(serviceId, project.value()).isEmpty()) {
            links.save(new ServiceProject(serviceId, project.value()));
        }
    }

    /** The project no longer brings the service online. */
    public void unlink(String leikaKey, ProjectId project) {
        ServiceStatusRow service = statuses.get(leikaKey);
        projects.requireMayChange(project);
        links.findByServiceIdAndProjectId(statuses.serviceIdOf(service), project.value())
                .forEach(links::delete);
    }
}
