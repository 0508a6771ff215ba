package de.lotse.portfolio;

import de.lotse.platform.RecordNotFoundException;
import de.lotse.tenancy.CurrentTenant;
import de.lotse.tenancy.DepartmentId;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * How the portfolio's other parts (money, qualification) and other modules refer to projects: which
 * exist in the current municipality, what they are called, which department runs them, and whether
 * the current person may change them.
 */
@Component
@Transactional(readOnly = true)
public class ProjectReferences {

    /** A project in a word: its id, title, phase and department. */
    public record ProjectReference(ProjectId id, String title, ProjectPhase phase, DepartmentId department) {}

    private final JdbcClient jdbc;
    private final ProjectPermissions permissions;

    ProjectReferences(JdbcClient jdbc, ProjectPermissions permissions) {
        this.jdbc = jdbc;
        this.permissions = permissions;
    }

    /** The project, if it exists in the current municipality. */
    public Optional<ProjectReference> find(ProjectId project) {
        return of(List.of(project)).values().stream().findFirst();
    }

    public boolean exists(ProjectId project) {
        return find(project).isPresent();
    }

    /** Those of the given projects that exist in the current municipality, by title (one query). */
    public Map<ProjectId, ProjectReference> of(Collection<ProjectId> projects) {
        Map<ProjectId, ProjectReference> found = new LinkedHashMap<>();
        if (projects.isEmpty()) {
            return found;
        }
        jdbc.sql("select id, title, phase, department_id from project where tenant_id = :tenant and id in (:ids)"
                        + " order by lower(title)")
                .param("tenant", CurrentTenant.require().value())
                .param("ids", projects.stream().map(ProjectId::value).distinct().toList())
                .query(rs -> {
                    UUID department = rs.getObject("department_id", UUID.class);
                    ProjectId id = new ProjectId(rs.getObject("id", UUID.class));
                    found.put(
                            id,
                            new ProjectReference(
                                    id,
                                    rs.getString("title"),
                                    ProjectPhase.valueOf(rs.getString("phase")),
                                    department == null ? null : new DepartmentId(department)));
                });
        return found;
    }

    /** The projects of the current municipality that are neither closed nor stopped, by title, at most {@code limit}. */
    public List<ProjectReference> running(int limit) {
        return jdbc.sql("select id, title, phase, department_id from project where tenant_id = :tenant"
                        + " and phase not in ('CLOSED', 'STOPPED') order by lower(title), id limit :limit")
                .param("tenant", CurrentTenant.require().value())
                .param("limit", limit)
                .query((rs, n) -> {
                    UUID department = rs.getObject("department_id", UUID.class);
                    return new ProjectReference(
                            new ProjectId(rs.getObject("id", UUID.class)),
                            rs.getString("title"),
                            ProjectPhase.valueOf(rs.getString("phase")),
                            department == null ? null : new DepartmentId(department));
                })
                .list();
    }

    /**
     * Whether the current person may change the project and what belongs to it (its budget lines, for
     * example): administrators always, editors when it is one of their departments' projects.
     */
    public boolean mayChange(ProjectId project) {
        return find(project)
                .map(found -> permissions.mayChange(found.department()))
                .orElse(false);
    }

    /**
     * Refuses a change of the project or of what belongs to it: 404 when the project does not exist in
     * the municipality, 403 when the current person may not change it.
     */
    public void requireMayChange(ProjectId project) {
        ProjectReference found = find(project).orElseThrow(() -> new RecordNotFoundException("project", project));
        if (!permissions.mayChange(found.department())) {
            throw new org.springframework.security.access.AccessDeniedException("project of another department");
        }
    }
}
