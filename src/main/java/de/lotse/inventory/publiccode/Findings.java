package de.lotse.inventory.publiccode;

import de.lotse.inventory.PublicCodeProblem;
import de.lotse.inventory.PublicCodeValidation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Collects the errors and warnings of one check, at most {@value #MAX_PROBLEMS} of them. */
public final class Findings {

    static final int MAX_PROBLEMS = 500;

    /** The message key of a problem the rules did not foresee; tests make sure it never appears. */
    public static final String INTERNAL = "publiccode.internal";

    private final List<PublicCodeProblem> errors = new ArrayList<>();

    private final List<PublicCodeProblem> warnings = new ArrayList<>();

    void error(String key, Position at, String messageKey, Object... arguments) {
        add(errors, key, at, messageKey, arguments);
    }

    void warning(String key, Position at, String messageKey, Object... arguments) {
        add(warnings, key, at, messageKey, arguments);
    }

    /** A file that broke the checks still gets an answer: one error for the whole file. */
    public void failed(Throwable broken) {
        errors.add(new PublicCodeProblem("", INTERNAL, List.of(), 1, 1));
    }

    boolean hasErrors() {
        return !errors.isEmpty();
    }

    public PublicCodeValidation result() {
        return new PublicCodeValidation(errors, warnings);
    }

    private static void add(
            List<PublicCodeProblem> problems, String key, Position at, String messageKey, Object... arguments) {
        if (problems.size() < MAX_PROBLEMS) {
            problems.add(new PublicCodeProblem(
                    key,
                    messageKey,
                    Arrays.stream(arguments).map(String::valueOf).toList(),
                    at.line(),
                    at.column()));
        }
    }
}
