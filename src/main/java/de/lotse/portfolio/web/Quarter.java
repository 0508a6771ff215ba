package de.lotse.portfolio.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A quarter of a year, the roadmap's unit of time, written like {@code 2026-Q3}.
 *
 * @param year the year
 * @param number 1 to 4
 */
public record Quarter(int year, int number) {

    private static final Pattern FORMAT = Pattern.compile("(\\d{4})-Q([1-4])");

    static Quarter of(LocalDate day) {
        return new Quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
    }

    static Optional<Quarter> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher matcher = FORMAT.matcher(text.strip());
        return matcher.matches()
                ? Optional.of(new Quarter(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2))))
                : Optional.empty();
    }

    public LocalDate start() {
        return LocalDate.of(year, (number - 1) * 3 + 1, 1);
    }

    public LocalDate end() {
        return start().plusMonths(3).minusDays(1);
    }

    Quarter plus(int quarters) {
        int index = year * 4 + (number - 1) + quarters;
        return new Quarter(Math.floorDiv(index, 4), Math.floorMod(index, 4) + 1);
    }

    List<Quarter> andFollowing(int count) {
        List<Quarter> quarters = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            quarters.add(plus(i));
        }
        return quarters;
    }

    /** Whether something planned from start to end (end may be open) runs in this quarter. */
    public boolean covers(LocalDate from, LocalDate to) {
        if (from == null) {
            return false;
        }
        LocalDate until = to == null ? from : to;
        return !from.isAfter(end()) && !until.isBefore(start());
    }

    public boolean contains(LocalDate day) {
        return day != null && !day.isBefore(start()) && !day.isAfter(end());
    }

    @Override
    public String toString() {
        return year + "-Q" + number;
    }
}
