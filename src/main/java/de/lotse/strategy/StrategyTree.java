package de.lotse.strategy;

import java.math.BigDecimal;
import java.util.List;

/**
 * The strategy of a municipality as the strategy page shows it: vision, fields of action, their
 * goals with the indicators and what serves each goal.
 *
 * @param vision the vision, or {@code null} when none is written yet
 * @param visionHtml the vision's text as safe HTML, empty without one
 * @param fields the fields of action in their order
 */
public record StrategyTree(Vision vision, String visionHtml, List<FieldNode> fields) {

    /** A field of action with its goals in their order. */
    public record FieldNode(FieldOfAction field, List<GoalNode> goals) {}

    /**
     * A goal with its indicators and the first of what serves it.
     *
     * @param departmentName the responsible department's name, or {@code null}
     * @param more where more serve it than are shown: how many in all and where they are listed
     */
    public record GoalNode(
            Goal goal,
            String departmentName,
            List<IndicatorNode> indicators,
            List<GoalContribution> contributions,
            List<GoalContributions.More> more) {}

    /**
     * An indicator with its values, the latest of them and the progress it means.
     *
     * @param progress whole percent from baseline to target, or {@code null} when it cannot be computed
     */
    public record IndicatorNode(
            Indicator indicator,
            List<MeasuredValue> values,
            MeasuredValue latest,
            Integer progress,
            IndicatorChart chart) {

        /** The indicator with its values (oldest first), the progress and a chart of the given size. */
        public static IndicatorNode of(Indicator indicator, List<MeasuredValue> values, int width, int height) {
            MeasuredValue latest = values.isEmpty() ? null : values.get(values.size() - 1);
            BigDecimal latestValue = latest == null ? null : latest.value();
            return new IndicatorNode(
                    indicator,
                    values,
                    latest,
                    IndicatorProgress.percent(
                                    indicator.direction(),
                                    indicator.baselineValue(),
                                    indicator.targetValue(),
                                    latestValue)
                            .orElse(null),
                    IndicatorChart.of(indicator, values, width, height));
        }
    }

    /** How many goals the tree has. */
    public int goalCount() {
        return fields.stream().mapToInt(field -> field.goals().size()).sum();
    }
}
