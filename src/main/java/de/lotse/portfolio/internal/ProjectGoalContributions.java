package de.lotse.portfolio.internal;

import de.lotse.strategy.GoalContribution;
import de.lotse.strategy.GoalContributions;
import de.lotse.strategy.GoalContributions.More;
import de.lotse.strategy.GoalContributions.Selection;
import de.lotse.strategy.GoalId;
import de.lotse.tenancy.CurrentTenant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    public Selection firstForGoals(Collection<GoalId> goals, int perGoal) {
        if (goals.isEmpty()) {
            return new Selection(List.of(), List.of());
        }
        Map<GoalId, Integer> totals = new LinkedHashMap<>();
        List<GoalContribution> shown = jdbc.sql(
                        """
                        select * from (
                            select pg.goal_id, p.id, p.title, p.phase,
                                   row_number() over (partition by pg.goal_id order by lower(p.title), p.id) as n,
                                   count(*) over (partition by pg.goal_id) as total
                            from project_goal pg join project p on p.id = pg.project_id
                            where p.tenant_id = :tenant and pg.goal_id in (:goals)) ranked
                        where n <= :perGoal order by lower(title), id
                        """)
                .param("tenant", CurrentTenant.require().value())
                .param("goals", goals.stream().map(GoalId::value).distinct().toList())
                .param("perGoal", perGoal)
                .query((rs, row) -> {
                    GoalId goal = new GoalId(rs.getObject("goal_id", UUID.class));
                    totals.put(goal, rs.getInt("total"));
                    return new GoalContribution(
                            goal,
                            rs.getString("title"),
                            "/projects/" + rs.getObject("id", UUID.class),
                            messages.getMessage(
                                    "project.phase." + rs.getString("phase"), null, LocaleContextHolder.getLocale()));
                })
                .list();
        List<More> more = totals.entrySet().stream()
                .filter(total -> total.getValue() > perGoal)
                .map(total -> new More(
                        total.getKey(),
                        total.getValue(),
                        "/projects?goal=" + total.getKey().value()))
                .toList();
        return new Selection(shown, more);
    }
}
