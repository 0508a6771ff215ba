package de.lotse.strategy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A small line chart of an indicator's measured values, as coordinates for an inline SVG: time runs
 * from the baseline (or the first value) to the target date (or the last value), the value axis spans
 * baseline, target and all values.
 *
 * @param width the drawing's width in SVG units
 * @param height its height
 * @param points the values as an SVG polyline's {@code points}, oldest first
 * @param lastX where the latest value sits, or -1 without values
 * @param lastY see lastX
 * @param targetY the height of the target line, or -1 without a target
 * @param baselineY the height of the baseline, or -1 without one
 */
public record IndicatorChart(
        int width, int height, String points, double lastX, double lastY, double targetY, double baselineY) {

    private static final int PADDING = 4;

    /** The chart of the values (oldest first) of the indicator. */
    public static IndicatorChart of(Indicator indicator, List<MeasuredValue> values, int width, int height) {
        List<LocalDate> dates = new ArrayList<>();
        List<BigDecimal> numbers = new ArrayList<>();
        if (indicator.baselineDate() != null) {
            dates.add(indicator.baselineDate());
        }
        if (indicator.targetDate() != null) {
            dates.add(indicator.targetDate());
        }
        if (indicator.baselineValue() != null) {
            numbers.add(indicator.baselineValue());
        }
        if (indicator.targetValue() != null) {
            numbers.add(indicator.targetValue());
        }
        values.forEach(value -> {
            dates.add(value.measuredOn());
            numbers.add(value.value());
        });
        if (dates.isEmpty() || numbers.isEmpty()) {
            return new IndicatorChart(width, height, "", -1, -1, -1, -1);
        }
        LocalDate first = dates.stream().min(LocalDate::compareTo).orElseThrow();
        LocalDate last = dates.stream().max(LocalDate::compareTo).orElseThrow();
        double days = Math.max(1, ChronoUnit.DAYS.between(first, last));
        double min = numbers.stream().mapToDouble(BigDecimal::doubleValue).min().orElseThrow();
        double max = numbers.stream().mapToDouble(BigDecimal::doubleValue).max().orElseThrow();
        double span = max - min == 0 ? 1 : max - min;
        double plotWidth = width - 2.0 * PADDING;
        double plotHeight = height - 2.0 * PADDING;
        // coordinates only: the numbers themselves are shown as text beside the chart
        java.util.function.ToDoubleFunction<LocalDate> x =
                date -> PADDING + plotWidth * ChronoUnit.DAYS.between(first, date) / days;
        java.util.function.ToDoubleFunction<BigDecimal> y =
                value -> PADDING + plotHeight * (max - value.doubleValue()) / span;
        StringBuilder points = new StringBuilder();
        for (MeasuredValue value : values) {
            if (!points.isEmpty()) {
                points.append(' ');
            }
            points.append(coordinate(x.applyAsDouble(value.measuredOn())))
                    .append(',')
                    .append(coordinate(y.applyAsDouble(value.value())));
        }
        MeasuredValue latest = values.isEmpty() ? null : values.get(values.size() - 1);
        return new IndicatorChart(
                width,
                height,
                points.toString(),
                latest == null ? -1 : round(x.applyAsDouble(latest.measuredOn())),
                latest == null ? -1 : round(y.applyAsDouble(latest.value())),
                indicator.targetValue() == null ? -1 : round(y.applyAsDouble(indicator.targetValue())),
                indicator.baselineValue() == null ? -1 : round(y.applyAsDouble(indicator.baselineValue())));
    }

    /** Whether there is a line to draw. */
    public boolean hasValues() {
        return !points.isEmpty();
    }

    private static String coordinate(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
