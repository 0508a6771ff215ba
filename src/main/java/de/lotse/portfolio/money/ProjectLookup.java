package de.lotse.portfolio.money;

import de.lotse.platform.RecordNotFoundException;
import de.lotse.portfolio.ProjectId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
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

    ProjectLookup(JdbcClient jdbc) {
        this.jdbc = jdbc;
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

    /** All projects of the municipality, by title (ties by id, so the order is stable). */
    public List<ProjectSummary> allByTitle() {
        return jdbc.sql("select id, title from project order by title, id")
                .query((row, number) ->
                        new ProjectSummary(new ProjectId(row.getObject("id", UUID.class)), row.getString("title")))
                .list();
    }
}
