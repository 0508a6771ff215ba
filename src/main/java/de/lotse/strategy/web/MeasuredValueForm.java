package de.lotse.strategy.web;

import de.lotse.strategy.IndicatorData;
import de.lotse.strategy.MeasuredValueData;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.NumberFormat;

/** The form of a new measured value; the number in the person's language. */
class MeasuredValueForm {

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate measuredOn;

    @NotNull
    @NumberFormat(pattern = Decimals.PATTERN)
    @Digits(integer = 15, fraction = IndicatorData.DECIMALS)
    private BigDecimal value;

    @Size(max = 300)
    private String source;

    MeasuredValueData data() {
        return new MeasuredValueData(measuredOn, value, source);
    }

    public LocalDate getMeasuredOn() {
        return measuredOn;
    }

    public void setMeasuredOn(LocalDate measuredOn) {
        this.measuredOn = measuredOn;
    }

    public BigDecimal getValue() {
        return value;
    }

    public void setValue(BigDecimal value) {
        this.value = value;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }
}
