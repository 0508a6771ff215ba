package de.lotse.strategy.api;

import de.lotse.strategy.IndicatorData;
import de.lotse.strategy.MeasuredValueData;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/** The body of adding a measured value: one per day and indicator, at most four decimals. */
record MeasuredValueRequest(
        @NotNull LocalDate measuredOn,
        @NotNull @Digits(integer = 15, fraction = IndicatorData.DECIMALS) BigDecimal value,
        @Size(max = 300) String source) {

    MeasuredValueData data() {
        return new MeasuredValueData(measuredOn, value, source);
    }
}
