package de.lotse.strategy;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A measured value as a person enters it.
 *
 * @param measuredOn the day it was measured; one value per day and indicator
 * @param value the number, with at most {@value IndicatorData#DECIMALS} decimals
 * @param source where it comes from, or a comment
 */
public record MeasuredValueData(
        @NotNull LocalDate measuredOn,
        @NotNull @Digits(integer = 15, fraction = IndicatorData.DECIMALS) BigDecimal value,
        @Size(max = 300) String source) {}
