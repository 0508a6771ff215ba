package de.lotse.platform.sheets;

import de.lotse.platform.ControlCharacters;
import de.lotse.platform.SaneDates;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * Reads the cells of a sheet's rows into values, adding a problem with row and column for every cell
 * that does not fit. A column the sheet lacks gives the record's current value, so a file with only
 * some columns changes only those; an empty cell clears a value, except for required choices.
 *
 * @param <C> the module's columns
 */
public final class Cells<C extends Enum<C> & SheetColumn> {

    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("d.M.uuuu"),
            DateTimeFormatter.ofPattern("d.M.uu"));

    private final ImportSheet<C> sheet;
    private final SheetColumns<C> columns;
    private final String keys;
    private final Locale locale;
    private final List<ImportProblem> problems;

    /**
     * @param keys the prefix of the problems' message keys ({@code portfolio.import}: {@code
     *     portfolio.import.date.invalid}, …)
     * @param locale the language of a column's name when the sheet lacks the column
     * @param problems where the problems go
     */
    public Cells(
            ImportSheet<C> sheet, SheetColumns<C> columns, String keys, Locale locale, List<ImportProblem> problems) {
        this.sheet = sheet;
        this.columns = columns;
        this.keys = keys;
        this.locale = locale;
        this.problems = problems;
    }

    /** The problems found so far. */
    public int problemCount() {
        return problems.size();
    }

    /** Whether the sheet has the column. */
    public boolean has(C column) {
        return sheet.headers().containsKey(column);
    }

    /** The id in the column, if it is a well-formed one. */
    public static <C> Optional<UUID> uuid(ImportSheet.SheetRow<C> row, C column) {
        String text = row.text(column);
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** A text of at most {@code maxLength} characters. */
    public String text(ImportSheet.SheetRow<C> row, C column, int maxLength, String current) {
        if (!has(column)) {
            return current;
        }
        String text = row.text(column);
        if (text != null && text.length() > maxLength) {
            problem(row, column, keys + ".text.too-long", String.valueOf(maxLength));
        } else if (ControlCharacters.inValue(text)) {
            // the same rule as for every other input (ADR 20); PostgreSQL cannot store NUL
            problem(row, column, keys + ".text.control-characters", "");
        }
        return text;
    }

    /**
     * One of fixed values by its label or code; an empty cell keeps the current value when every record
     * has one ({@code required}), otherwise clears it.
     */
    public <E> E choice(
            ImportSheet.SheetRow<C> row,
            C column,
            Function<String, Optional<E>> parse,
            E current,
            boolean required,
            String unknown) {
        if (!has(column)) {
            return current;
        }
        String text = row.text(column);
        if (text == null) {
            return required ? current : null;
        }
        Optional<E> value = parse.apply(text);
        if (value.isEmpty()) {
            problem(row, column, unknown, text);
            return current;
        }
        return value.get();
    }

    /** One record by its name; of several with the name, the current one. */
    public <T> T name(ImportSheet.SheetRow<C> row, C column, Names<T> known, T current, String keyPrefix) {
        if (!has(column)) {
            return current;
        }
        String text = row.text(column);
        if (text == null) {
            return null;
        }
        return one(row, column, known.find(text), current == null ? Set.of() : Set.of(current), keyPrefix);
    }

    /** Records by their names, separated by commas. */
    public <T> Set<T> names(ImportSheet.SheetRow<C> row, C column, Names<T> known, Set<T> current, String keyPrefix) {
        if (!has(column)) {
            return current;
        }
        Set<T> ids = new LinkedHashSet<>();
        for (Names.Match<T> match : known.list(row.text(column))) {
            T id = one(row, column, match, current, keyPrefix);
            if (id != null) {
                ids.add(id);
            }
        }
        return ids;
    }

    /**
     * The one record a name means; of several with the same name the one the record has now (so an
     * export reads back as it was written), else a problem ({@code keyPrefix.unknown} or {@code
     * keyPrefix.ambiguous}).
     */
    public <T> T one(
            ImportSheet.SheetRow<C> row, C column, Names.Match<T> match, Collection<T> current, String keyPrefix) {
        List<T> candidates = match.candidates();
        if (candidates.size() == 1) {
            return candidates.get(0);
        }
        if (candidates.isEmpty()) {
            problem(row, column, keyPrefix + ".unknown", match.name());
            return null;
        }
        List<T> theCurrent = candidates.stream().filter(current::contains).toList();
        if (theCurrent.size() == 1) {
            return theCurrent.get(0);
        }
        problem(row, column, keyPrefix + ".ambiguous", match.name());
        return null;
    }

    /** A day: a date cell, or a text as 2026-12-31, 31.12.2026 or 31.12.26. */
    public LocalDate date(ImportSheet.SheetRow<C> row, C column, LocalDate current) {
        if (!has(column)) {
            return current;
        }
        ImportSheet.Value value = row.value(column);
        if (value == null) {
            return null;
        }
        LocalDate day = value.date() != null ? value.date() : parsed(value.text());
        // the same years as every other date input (ADR 20); PostgreSQL cannot store some others
        if (day != null && SaneDates.isSane(day)) {
            return day;
        }
        problem(row, column, keys + ".date.invalid", value.text());
        return null;
    }

    private static LocalDate parsed(String text) {
        for (DateTimeFormatter format : DATES) {
            try {
                return LocalDate.parse(text, format);
            } catch (DateTimeParseException e) {
                // the next format
            }
        }
        return null;
    }

    /** A whole number from {@code min} to {@code max}; otherwise the problem {@code invalid}. */
    public Integer integer(ImportSheet.SheetRow<C> row, C column, int min, int max, Integer current, String invalid) {
        if (!has(column)) {
            return current;
        }
        String text = row.text(column);
        if (text == null) {
            return null;
        }
        try {
            int number = Integer.parseInt(text.strip());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // a problem below
        }
        problem(row, column, invalid, text);
        return current;
    }

    /** Adds a problem of the row's cell in the column. */
    public void problem(ImportSheet.SheetRow<C> row, C column, String messageKey, String value) {
        problems.add(new ImportProblem(row.number(), header(column), messageKey, value));
    }

    /** The column's header as the file writes it, else in the language. */
    public String header(C column) {
        String header = sheet.headers().get(column);
        return header == null ? columns.label(column, locale) : header;
    }
}
