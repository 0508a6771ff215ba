package de.lotse.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import de.lotse.platform.InvalidFieldException;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class IndicatorRulesTests {

    private static final Validator VALIDATOR =
            Validation.buildDefaultValidatorFactory().getValidator();

    @Test
    void theTargetDateMustFollowTheBaselineDate() {
        InvalidFieldException refused = catchThrowableOfType(
                InvalidFieldException.class,
                () -> Indicators.check(indicator(
                        IndicatorDirection.HIGHER_IS_BETTER,
                        null,
                        LocalDate.of(2026, 1, 1),
                        null,
                        LocalDate.of(2025, 12, 31))));
        assertThat(refused.field()).isEqualTo("targetDate");
        assertThat(refused.messageKey()).isEqualTo("indicator.target-date.before-baseline");
        assertThat(catchThrowableOfType(
                                InvalidFieldException.class,
                                () -> Indicators.check(indicator(
                                        IndicatorDirection.HIGHER_IS_BETTER,
                                        null,
                                        LocalDate.of(2026, 1, 1),
                                        null,
                                        LocalDate.of(2026, 1, 1))))
                        .field())
                .isEqualTo("targetDate");
    }

    @Test
    void theTargetMustBeBetterThanTheBaselineInTheIndicatorsDirection() {
        InvalidFieldException higher = catchThrowableOfType(
                InvalidFieldException.class,
                () -> Indicators.check(indicator(IndicatorDirection.HIGHER_IS_BETTER, "50", null, "40", null)));
        assertThat(higher.field()).isEqualTo("targetValue");
        assertThat(higher.messageKey()).isEqualTo("indicator.target-value.not-higher");
        InvalidFieldException lower = catchThrowableOfType(
                InvalidFieldException.class,
                () -> Indicators.check(indicator(IndicatorDirection.LOWER_IS_BETTER, "50", null, "50", null)));
        assertThat(lower.messageKey()).isEqualTo("indicator.target-value.not-lower");
        assertThatCode(() -> Indicators.check(indicator(IndicatorDirection.LOWER_IS_BETTER, "50", null, "10", null)))
                .doesNotThrowAnyException();
    }

    @Test
    void anIndicatorWithoutBaselineOrTargetIsAllowed() {
        assertThatCode(() -> Indicators.check(indicator(IndicatorDirection.HIGHER_IS_BETTER, null, null, null, null)))
                .doesNotThrowAnyException();
    }

    @Test
    void valuesHaveAtMostFourDecimals() {
        assertThat(VALIDATOR.validate(indicator(IndicatorDirection.HIGHER_IS_BETTER, "1.2345", null, "2", null)))
                .isEmpty();
        assertThat(VALIDATOR.validate(indicator(IndicatorDirection.HIGHER_IS_BETTER, "1.23456", null, "2", null)))
                .singleElement()
                .satisfies(violation ->
                        assertThat(violation.getPropertyPath().toString()).isEqualTo("baselineValue"));
        assertThat(VALIDATOR.validate(new MeasuredValueData(LocalDate.of(2026, 1, 1), new BigDecimal("0.00001"), null)))
                .singleElement()
                .satisfies(violation ->
                        assertThat(violation.getPropertyPath().toString()).isEqualTo("value"));
    }

    private static IndicatorData indicator(
            IndicatorDirection direction,
            String baseline,
            LocalDate baselineDate,
            String target,
            LocalDate targetDate) {
        return new IndicatorData(
                "Kennzahl",
                "%",
                direction,
                baseline == null ? null : new BigDecimal(baseline),
                baselineDate,
                target == null ? null : new BigDecimal(target),
                targetDate);
    }
}
