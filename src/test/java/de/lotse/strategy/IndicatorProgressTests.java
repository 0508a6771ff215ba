package de.lotse.strategy;

import static de.lotse.strategy.IndicatorDirection.HIGHER_IS_BETTER;
import static de.lotse.strategy.IndicatorDirection.LOWER_IS_BETTER;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class IndicatorProgressTests {

    @Test
    void higherIsBetterCountsTheWayFromBaselineToTarget() {
        assertThat(percent(HIGHER_IS_BETTER, "20", "80", "50")).hasValue(50);
        assertThat(percent(HIGHER_IS_BETTER, "20", "80", "20")).hasValue(0);
        assertThat(percent(HIGHER_IS_BETTER, "20", "80", "80")).hasValue(100);
        assertThat(percent(HIGHER_IS_BETTER, "0", "3", "1")).hasValue(33);
        assertThat(percent(HIGHER_IS_BETTER, "0", "3", "2")).hasValue(67);
    }

    @Test
    void lowerIsBetterCountsTheWayDown() {
        assertThat(percent(LOWER_IS_BETTER, "410", "120", "265")).hasValue(50);
        assertThat(percent(LOWER_IS_BETTER, "21", "5", "17")).hasValue(25);
        assertThat(percent(LOWER_IS_BETTER, "100", "50", "50")).hasValue(100);
    }

    @Test
    void valuesBeyondTheTargetOrWorseThanTheBaselineAreClamped() {
        assertThat(percent(HIGHER_IS_BETTER, "20", "80", "95")).hasValue(100);
        assertThat(percent(HIGHER_IS_BETTER, "20", "80", "5")).hasValue(0);
        assertThat(percent(LOWER_IS_BETTER, "100", "50", "130")).hasValue(0);
        assertThat(percent(LOWER_IS_BETTER, "100", "50", "10")).hasValue(100);
    }

    @Test
    void decimalsAreExact() {
        assertThat(percent(HIGHER_IS_BETTER, "0.1", "0.3", "0.2")).hasValue(50);
        assertThat(percent(HIGHER_IS_BETTER, "10.5", "60.5", "35.5")).hasValue(50);
    }

    @Test
    void withoutBaselineTargetOrValueThereIsNoProgress() {
        assertThat(percent(HIGHER_IS_BETTER, null, "80", "50")).isEmpty();
        assertThat(percent(HIGHER_IS_BETTER, "20", null, "50")).isEmpty();
        assertThat(percent(HIGHER_IS_BETTER, "20", "80", null)).isEmpty();
        assertThat(IndicatorProgress.percent(null, BigDecimal.ONE, BigDecimal.TEN, BigDecimal.TEN))
                .isEmpty();
    }

    @Test
    void aTargetEqualToTheBaselineIsReachedWhenTheValueIsThere() {
        assertThat(percent(HIGHER_IS_BETTER, "50", "50", "50")).hasValue(100);
        assertThat(percent(HIGHER_IS_BETTER, "50", "50", "49")).hasValue(0);
        assertThat(percent(LOWER_IS_BETTER, "50", "50", "40")).hasValue(100);
    }

    private static java.util.Optional<Integer> percent(
            IndicatorDirection direction, String baseline, String target, String latest) {
        return IndicatorProgress.percent(direction, decimal(baseline), decimal(target), decimal(latest));
    }

    private static BigDecimal decimal(String value) {
        return value == null ? null : new BigDecimal(value);
    }
}
