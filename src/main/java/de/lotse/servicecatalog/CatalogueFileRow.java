package de.lotse.servicecatalog;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVRecord;

/** One row of a file, recording what is wrong in it. */
final class CatalogueFileRow {

    private static final Pattern INTEGER = Pattern.compile("[0-9]{1,9}");

    private final String file;
    private final CSVRecord record;
    private final Map<String, Set<String>> seen;
    private final List<CatalogueProblem> problems;

    CatalogueFileRow(String file, CSVRecord record, Map<String, Set<String>> seen, List<CatalogueProblem> problems) {
        this.file = file;
        this.record = record;
        this.seen = seen;
        this.problems = problems;
    }

    /** The value, {@code null} when empty. */
    String value(String column) {
        String value = record.isMapped(column) && record.isSet(column) ? record.get(column) : null;
        return value == null || value.isBlank() ? null : value.strip();
    }

    String required(String column, int maxLength) {
        String value = value(column);
        if (value == null) {
            problem(column, "catalogue.problem.required", null);
            return null;
        }
        return withinLength(column, value, maxLength);
    }

    String optional(String column, int maxLength) {
        String value = value(column);
        return value == null ? null : withinLength(column, value, maxLength);
    }

    private String withinLength(String column, String value, int maxLength) {
        if (value.length() > maxLength) {
            problem(column, "catalogue.problem.too-long", value.substring(0, 40) + "…");
            return null;
        }
        return value;
    }

    String integer(String column) {
        return matching(column, INTEGER, "catalogue.problem.integer");
    }

    String matching(String column, Pattern pattern, String messageKey) {
        String value = value(column);
        if (value == null) {
            problem(column, "catalogue.problem.required", null);
            return null;
        }
        if (!pattern.matcher(value).matches()) {
            problem(column, messageKey, value);
            return null;
        }
        return value;
    }

    <T> T reference(String column, Map<String, T> known) {
        String value = integer(column);
        if (value == null) {
            return null;
        }
        T referenced = known.get(value);
        if (referenced == null) {
            problem(column, "catalogue.problem.unknown-reference", value);
        }
        return referenced;
    }

    Boolean flag(String column) {
        String value = value(column);
        if (value == null || value.equals("0")) {
            return false;
        }
        if (value.equals("1")) {
            return true;
        }
        problem(column, "catalogue.problem.flag", value);
        return null;
    }

    boolean unique(String column, String value) {
        if (!seen.computeIfAbsent(column, c -> new HashSet<>()).add(value)) {
            problem(column, "catalogue.problem.duplicate", value);
            return false;
        }
        return true;
    }

    void problem(String column, String messageKey, String value) {
        // the header is line 1, so the first record is on line 2
        problems.add(new CatalogueProblem(file, record.getRecordNumber() + 1, column, messageKey, value));
    }
}
