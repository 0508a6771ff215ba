package de.lotse.strategy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * How far an indicator has come from its baseline towards its target, in whole percent from 0 to
 * 100: a value worse than the baseline counts as 0, one beyond the target as 100. Without a baseline,
 * a target or a measured value there is no progress to show.
 */
public final class IndicatorProgress {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private IndicatorProgress() {}

    /** The progress of the latest measured value, if it can be computed. */
    public static Optional<Integer> percent(
            IndicatorDirection direction, BigDecimal baseline, BigDecimal target, BigDecimal latest) {
        if (direction == null || baseline == null || target == null || latest == null) {
            return Optional.empty();
        }
        // the distance still to go, counted in the direction that is better
        BigDecimal distance = direction == IndicatorDirection.HIGHER_IS_BETTER
                ? target.subtract(baseline)
                : baseline.subtract(target);
        BigDecimal gained = direction == IndicatorDirection.HIGHER_IS_BETTER
                ? latest.subtract(baseline)
                : baseline.subtract(latest);
        if (distance.signum() <= 0) {
            // a target that is not better than the baseline: reached as soon as the value is there
            return Optional.of(gained.signum() >= 0 && distance.signum() == 0 ? 100 : 0);
        }
        BigDecimal percent = gained.multiply(HUNDRED).divide(distance, 0, RoundingMode.HALF_UP);
        return Optional.of(percent.max(BigDecimal.ZERO).min(HUNDRED).intValue());
    }
}
