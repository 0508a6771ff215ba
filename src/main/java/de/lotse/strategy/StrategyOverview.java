package de.lotse.strategy;

import de.lotse.tenancy.DepartmentId;
import de.lotse.tenancy.DepartmentTree;
import de.lotse.tenancy.Departments;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the whole strategy of the current municipality for the strategy page in a fixed number of
 * queries, however many goals, indicators and values there are: one per kind of record and one per
 * {@link GoalContributions} provider.
 */
@Service
@Transactional(readOnly = true)
public class StrategyOverview {

    /** The size of the small charts of the strategy page. */
    /** How many of what serves a goal the strategy page lists; the rest is linked. */
    static final int CONTRIBUTIONS_PER_GOAL = 10;

    static final int CHART_WIDTH = 160;

    static final int CHART_HEIGHT = 40;

    private final Visions visions;
    private final FieldOfActionRepository fields;
    private final GoalRepository goals;
    private final IndicatorRepository indicators;
    private final MeasuredValueRepository values;
    private final Departments departments;
    private final ObjectProvider<GoalContributions> contributions;

    StrategyOverview(
            Visions visions,
            FieldOfActionRepository fields,
            GoalRepository goals,
            IndicatorRepository indicators,
            MeasuredValueRepository values,
            Departments departments,
            ObjectProvider<GoalContributions> contributions) {
        this.visions = visions;
        this.fields = fields;
        this.goals = goals;
        this.indicators = indicators;
        this.values = values;
        this.departments = departments;
        this.contributions = contributions;
    }

    /** The strategy tree of the current municipality. */
    public StrategyTree tree() {
        Vision vision = visions.current().orElse(null);
        List<Goal> allGoals = goals.findAllByOrderByPositionAscTitleAsc();
        Map<FieldOfActionId, List<Goal>> goalsByField = allGoals.stream().collect(Collectors.groupingBy(Goal::field));
        Map<GoalId, List<Indicator>> indicatorsByGoal = indicators.findAllByOrderByPositionAscNameAsc().stream()
                .collect(Collectors.groupingBy(Indicator::goal));
        Map<IndicatorId, List<MeasuredValue>> valuesByIndicator = values.findAllByOrderByMeasuredOnAsc().stream()
                .collect(Collectors.groupingBy(MeasuredValue::indicator));
        Map<DepartmentId, String> departmentNames = new HashMap<>();
        departments.tree().entries().stream()
                .map(DepartmentTree.Entry::department)
                .forEach(department -> departmentNames.put(department.id(), department.name()));
        Map<GoalId, List<GoalContribution>> served = new HashMap<>();
        Map<GoalId, List<GoalContributions.More>> more = new HashMap<>();
        List<GoalId> goalIds = allGoals.stream().map(Goal::id).toList();
        if (!goalIds.isEmpty()) {
            contributions.orderedStream().forEach(provider -> {
                GoalContributions.Selection selection = provider.firstForGoals(goalIds, CONTRIBUTIONS_PER_GOAL);
                selection.shown().forEach(contribution -> served.computeIfAbsent(
                                contribution.goal(), id -> new ArrayList<>())
                        .add(contribution));
                selection.more().forEach(m -> more.computeIfAbsent(m.goal(), id -> new ArrayList<>())
                        .add(m));
            });
        }

        List<StrategyTree.FieldNode> fieldNodes = new ArrayList<>();
        for (FieldOfAction field : fields.findAllByOrderByPositionAscNameAsc()) {
            List<StrategyTree.GoalNode> goalNodes = goalsByField.getOrDefault(field.id(), List.of()).stream()
                    .map(goal -> new StrategyTree.GoalNode(
                            goal,
                            goal.department() == null ? null : departmentNames.get(goal.department()),
                            indicatorsByGoal.getOrDefault(goal.id(), List.of()).stream()
                                    .map(indicator -> StrategyTree.IndicatorNode.of(
                                            indicator,
                                            valuesByIndicator.getOrDefault(indicator.id(), List.of()),
                                            CHART_WIDTH,
                                            CHART_HEIGHT))
                                    .toList(),
                            served.getOrDefault(goal.id(), List.of()),
                            more.getOrDefault(goal.id(), List.of())))
                    .toList();
            fieldNodes.add(new StrategyTree.FieldNode(field, goalNodes));
        }
        return new StrategyTree(vision, vision == null ? "" : MarkdownText.toHtml(vision.text()), fieldNodes);
    }

    /** What serves each of the goals: every provider is asked once, for all goals together. */
    public Map<GoalId, List<GoalContribution>> contributionsTo(List<Goal> goals) {
        Map<GoalId, List<GoalContribution>> served = new HashMap<>();
        if (goals.isEmpty()) {
            return served;
        }
        List<GoalId> ids = goals.stream().map(Goal::id).toList();
        contributions.orderedStream().forEach(provider -> provider.forGoals(ids)
                .forEach(contribution -> served.computeIfAbsent(contribution.goal(), id -> new ArrayList<>())
                        .add(contribution)));
        return served;
    }
}
