package de.lotse.platform;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;

/**
 * The years a date in Lotse may have: 1900 to 2200. Nothing a municipality records lies outside
 * (founding years of companies, contract ends, deadlines), and PostgreSQL cannot store many dates
 * Java can parse ({@code +999999999-12-31}), so every date that comes in is checked here, once.
 */
public final class SaneDates {

    /** The first year a date may have. */
    public static final int FIRST_YEAR = 1900;

    /** The last year a date may have. */
    public static final int LAST_YEAR = 2200;

    private SaneDates() {}

    /** Whether the value is a date or time within the years above; other values (and none) are not dates here. */
    public static boolean isSane(Object value) {
        Integer year = yearOf(value);
        return year == null || (year >= FIRST_YEAR && year <= LAST_YEAR);
    }

    /** Whether the type is one of the date and time types checked here. */
    public static boolean isDateType(Class<?> type) {
        return Temporal.class.isAssignableFrom(type) && yearOfType(type);
    }

    private static boolean yearOfType(Class<?> type) {
        return type == LocalDate.class
                || type == LocalDateTime.class
                || type == OffsetDateTime.class
                || type == ZonedDateTime.class
                || type == Instant.class
                || type == YearMonth.class
                || type == Year.class;
    }

    private static Integer yearOf(Object value) {
        if (value instanceof LocalDate date) {
            return date.getYear();
        } else if (value instanceof LocalDateTime time) {
            return time.getYear();
        } else if (value instanceof OffsetDateTime time) {
            return time.getYear();
        } else if (value instanceof ZonedDateTime time) {
            return time.getYear();
        } else if (value instanceof Instant instant) {
            // Instant.MAX and MIN are beyond what LocalDateTime can hold
            if (instant.isAfter(Instant.parse("9999-12-31T23:59:59Z"))
                    || instant.isBefore(Instant.parse("0000-01-01T00:00:00Z"))) {
                return Integer.MAX_VALUE;
            }
            return instant.atOffset(ZoneOffset.UTC).getYear();
        } else if (value instanceof YearMonth month) {
            return month.getYear();
        } else if (value instanceof Year year) {
            return year.getValue();
        }
        return null;
    }
}
