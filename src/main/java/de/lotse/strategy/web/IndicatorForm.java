package de.lotse.strategy.web;

import de.lotse.strategy.Indicator;
import de.lotse.strategy.IndicatorData;
import de.lotse.strategy.IndicatorDirection;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.NumberFormat;

/** The form of an indicator as the person filled it in; numbers in the person's language. */
class IndicatorForm {

    @NotBlank
    @Size(max = 200)
    private String name;

    @NotBlank
    @Size(max = 50)
    private String unit;

    @NotNull
    private IndicatorDirection direction = IndicatorDirection.HIGHER_IS_BETTER;

    @NumberFormat(pattern = Decimals.PATTERN)
    @Digits(integer = 15, fraction = IndicatorData.DECIMALS)
    private BigDecimal baselineValue;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate baselineDate;

    @NumberFormat(pattern = Decimals.PATTERN)
    @Digits(integer = 15, fraction = IndicatorData.DECIMALS)
    private BigDecimal targetValue;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate targetDate;

    private long version;

    static IndicatorForm of(Indicator indicator) {
        IndicatorForm form = new IndicatorForm();
        form.name = indicator.name();
        form.unit = indicator.unit();
        form.direction = indicator.direction();
        form.baselineValue = indicator.baselineValue();
        form.baselineDate = indicator.baselineDate();
        form.targetValue = indicator.targetValue();
        form.targetDate = indicator.targetDate();
        form.version = indicator.version();
        return form;
    }

    IndicatorData data() {
        return new IndicatorData(name, unit, direction, baselineValue, baselineDate, targetValue, targetDate);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public IndicatorDirection getDirection() {
        return direction;
    }

    public void setDirection(IndicatorDirection direction) {
        this.direction = direction;
    }

    public BigDecimal getBaselineValue() {
        return baselineValue;
    }

    public void setBaselineValue(BigDecimal baselineValue) {
        this.baselineValue = baselineValue;
    }

    public LocalDate getBaselineDate() {
        return baselineDate;
    }

    public void setBaselineDate(LocalDate baselineDate) {
        this.baselineDate = baselineDate;
    }

    public BigDecimal getTargetValue() {
        return targetValue;
    }

    public void setTargetValue(BigDecimal targetValue) {
        this.targetValue = targetValue;
    }

    public LocalDate getTargetDate() {
        return targetDate;
    }

    public void setTargetDate(LocalDate targetDate) {
        this.targetDate = targetDate;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
