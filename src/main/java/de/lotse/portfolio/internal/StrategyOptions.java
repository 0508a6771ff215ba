package de.lotse.portfolio.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The municipality's fields of action and goals as choices in the portfolio's forms and filters. Read
 * straight from the strategy's tables (row-level security limits them to the municipality), because
 * a choice list needs only ids and names.
 */
@Component
@Transactional(readOnly = true)
public class StrategyOptions {

    /** A field of action to filter by. */
    public record FieldOption(UUID id, String name) {}

    /** A goal to choose, with the name of its field of action. */
    public record GoalOption(UUID id, String title, String field) {}

    private final JdbcClient jdbc;

    StrategyOptions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<FieldOption> fields() {
        return jdbc.sql("select id, name from field_of_action order by position, name")
                .query((rs, row) -> new FieldOption(rs.getObject("id", UUID.class), rs.getString("name")))
                .list();
    }

    public List<GoalOption> goals() {
        return jdbc.sql("select g.id, g.title, f.name from goal g join field_of_action f on f.id = g.field_id"
                        + " order by f.position, f.name, g.position, g.title")
                .query((rs, row) ->
                        new GoalOption(rs.getObject("id", UUID.class), rs.getString("title"), rs.getString("name")))
                .list();
    }
}
