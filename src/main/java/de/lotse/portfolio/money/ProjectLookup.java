package de.lotse.portfolio.money;

import de.lotse.platform.RecordNotFoundException;
import de.lotse.portfolio.ProjectId;
import de.lotse.portfolio.ProjectPermissions;
import de.lotse.portfolio.ProjectReferences;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds projects of the current municipality in the project table, so that money and
 * qualification records only ever attach to a project the person may see. Row-level security limits
 * the table to the municipality: another municipality's project is not found.
 */
@Component
@Transactional(readOnly = true)
public class ProjectLookup {

    private final JdbcClient jdbc;
    private final ProjectReferences references;
    private final ProjectPermissions permissions;

    ProjectLookup(JdbcClient jdbc, ProjectReferences references, ProjectPermissions permissions) {
        this.jdbc = jdbc;
        this.references = references;
        this.permissions = permissions;
    }

    public Optional<ProjectSummary> find(ProjectId id) {
        return jdbc.sql("select id, title from project where id = :id")
                .param("id", id.value())
                .query((row, number) ->
                        new ProjectSummary(new ProjectId(row.getObject("id", UUID.class)), row.getString("title")))
                .optional();
    }

    /** The project, or 404 when it does not exist or belongs to another municipality. */
    public ProjectSummary require(ProjectId id) {
        return find(id).orElseThrow(() -> new RecordNotFoundException("project", id));
    }

    /**
     * Refuses a change of what belongs to the project: 404 when it does not exist in the municipality,
     * 403 when it is run by a department outside the current editor's limits.
     */
    public void requireChangeable(ProjectId id) {
        ProjectReferences.ProjectReference project =
                references.find(id).orElseThrow(() -> new RecordNotFoundException("project", id));
        if (!permissions.withinLimits(project.department())) {
            throw new AccessDeniedException("project of another department");
        }
    }

    /**
     * Whether the current person may change what belongs to the project as far as departments go:
     * false for an editor limited to other departments (the role is checked where the change is made).
     */
    public boolean withinLimits(ProjectId id) {
        return references
                .find(id)
                .map(project -> permissions.withinLimits(project.department()))
                .orElse(false);
    }

    /** All projects of the municipality, by title (ties by id, so the order is stable). */
    public List<ProjectSummary> allByTitle() {
        return jdbc.sql("select id, title from project order by title, id")
                .query((row, number) ->
                        new ProjectSummary(new ProjectId(row.getObject("id", UUID.class)), row.getString("title")))
                .list();
    }
}
