package de.lotse.strategy.api;

import de.lotse.strategy.IndicatorData;
import de.lotse.strategy.IndicatorDirection;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/** The body of creating or changing an indicator; values have at most four decimals. */
record IndicatorRequest(
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 50) String unit,
        @NotNull IndicatorDirection direction,
        @Digits(integer = 15, fraction = IndicatorData.DECIMALS) BigDecimal baselineValue,
        LocalDate baselineDate,
        @Digits(integer = 15, fraction = IndicatorData.DECIMALS) BigDecimal targetValue,
        LocalDate targetDate) {

    IndicatorData data() {
        return new IndicatorData(name, unit, direction, baselineValue, baselineDate, targetValue, targetDate);
    }
}
