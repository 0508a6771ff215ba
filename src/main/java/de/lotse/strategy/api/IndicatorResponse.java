package de.lotse.strategy.api;

import de.lotse.strategy.Indicator;
import de.lotse.strategy.IndicatorDirection;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An indicator as the REST API shows it.
 *
 * @param progress whole percent from baseline to target of the latest value, or {@code null}
 */
record IndicatorResponse(
        UUID id,
        long version,
        UUID goalId,
        int position,
        String name,
        String unit,
        IndicatorDirection direction,
        BigDecimal baselineValue,
        LocalDate baselineDate,
        BigDecimal targetValue,
        LocalDate targetDate,
        Integer progress) {

    static IndicatorResponse of(Indicator indicator, Integer progress) {
        return new IndicatorResponse(
                indicator.id().value(),
                indicator.version(),
                indicator.goal().value(),
                indicator.position(),
                indicator.name(),
                indicator.unit(),
                indicator.direction(),
                indicator.baselineValue(),
                indicator.baselineDate(),
                indicator.targetValue(),
                indicator.targetDate(),
                progress);
    }
}
