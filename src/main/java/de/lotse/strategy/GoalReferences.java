package de.lotse.strategy;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * How other modules look goals up by id: which of them exist in the current municipality and what
 * they are called. Row-level security limits every query here to the current municipality.
 */
@Component
@Transactional(readOnly = true)
public class GoalReferences {

    private final JdbcClient jdbc;

    GoalReferences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The titles of those of the given goals that exist in the current municipality, by id. */
    public Map<GoalId, String> titles(Collection<GoalId> goals) {
        Map<GoalId, String> titles = new LinkedHashMap<>();
        if (goals.isEmpty()) {
            return titles;
        }
        List<UUID> ids = goals.stream().map(GoalId::value).distinct().toList();
        jdbc.sql("select id, title from goal where id in (:ids) order by title")
                .param("ids", ids)
                .query((rs, row) -> Map.entry(new GoalId(rs.getObject("id", UUID.class)), rs.getString("title")))
                .list()
                .forEach(entry -> titles.put(entry.getKey(), entry.getValue()));
        return titles;
    }

    /** Whether every one of the given goals exists in the current municipality. */
    public boolean allExist(Collection<GoalId> goals) {
        return titles(goals).size() == goals.stream().distinct().count();
    }
}
