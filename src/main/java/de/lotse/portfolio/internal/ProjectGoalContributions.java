package de.lotse.portfolio.internal;

import de.lotse.strategy.GoalContribution;
import de.lotse.strategy.GoalContributions;
import de.lotse.strategy.GoalId;
import de.lotse.tenancy.CurrentTenant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The projects serving goals, for the strategy page: one query for all goals it shows. */
@Component
@Transactional(readOnly = true)
class ProjectGoalContributions implements GoalContributions {

    private final JdbcClient jdbc;
    private final MessageSource messages;

    ProjectGoalContributions(JdbcClient jdbc, MessageSource messages) {
        this.jdbc = jdbc;
        this.messages = messages;
    }

    @Override
    public List<GoalContribution> forGoals(Collection<GoalId> goals) {
        if (goals.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select pg.goal_id, p.id, p.title, p.phase from project_goal pg"
                        + " join project p on p.id = pg.project_id"
                        + " where p.tenant_id = :tenant and pg.goal_id in (:goals) order by lower(p.title), p.id")
                .param("tenant", CurrentTenant.require().value())
                .param("goals", goals.stream().map(GoalId::value).distinct().toList())
                .query((rs, row) -> new GoalContribution(
                        new GoalId(rs.getObject("goal_id", UUID.class)),
                        rs.getString("title"),
                        "/projects/" + rs.getObject("id", UUID.class),
                        messages.getMessage(
                                "project.phase." + rs.getString("phase"), null, LocaleContextHolder.getLocale())))
                .list();
    }
}
