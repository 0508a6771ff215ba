package de.lotse.strategy;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What a person can set on an indicator; values have at most {@value #DECIMALS} decimals.
 *
 * @param name e.g. "Online verfügbare Verwaltungsleistungen"
 * @param unit e.g. "%", "Stück", "t CO₂"
 * @param direction whether higher or lower values are better
 * @param baselineValue where the municipality started
 * @param baselineDate when it stood there
 * @param targetValue where it wants to be
 * @param targetDate by when
 */
public record IndicatorData(
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 50) String unit,
        @NotNull IndicatorDirection direction,
        @Digits(integer = 15, fraction = DECIMALS) BigDecimal baselineValue,
        LocalDate baselineDate,
        @Digits(integer = 15, fraction = DECIMALS) BigDecimal targetValue,
        LocalDate targetDate) {

    /** The decimals a value of an indicator may have. */
    public static final int DECIMALS = 4;
}
