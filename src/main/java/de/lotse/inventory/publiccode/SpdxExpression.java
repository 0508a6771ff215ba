package de.lotse.inventory.publiccode;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Parses an SPDX licence expression (SPDX specification, annex "SPDX License Expressions"):
 * licence identifiers of the SPDX License List, optionally with {@code +}, {@code LicenseRef-}
 * and {@code DocumentRef-…:LicenseRef-} references, {@code WITH} an exception, combined with
 * {@code AND} (binding tighter) and {@code OR}, and parentheses.
 */
final class SpdxExpression {

    private static final Pattern ID_STRING = Pattern.compile("[A-Za-z0-9.-]+");

    private static final Pattern REFERENCE =
            Pattern.compile("(?:DocumentRef-[A-Za-z0-9.-]+:)?LicenseRef-[A-Za-z0-9.-]+");

    /** What parsing found: nothing wrong, or the first problem as a message key and its argument. */
    record Outcome(String problem, String argument, List<String> deprecated) {

        boolean valid() {
            return problem == null;
        }
    }

    private final List<String> tokens;

    private final List<String> deprecated = new ArrayList<>();

    private int next;

    private SpdxExpression(List<String> tokens) {
        this.tokens = tokens;
    }

    static Outcome parse(String expression) {
        List<String> tokens = tokenize(expression);
        if (tokens == null || tokens.isEmpty()) {
            return new Outcome("publiccode.licence.syntax", expression, List.of());
        }
        SpdxExpression parser = new SpdxExpression(tokens);
        try {
            parser.or();
            if (parser.next < tokens.size()) {
                throw new Problem("publiccode.licence.syntax", tokens.get(parser.next));
            }
            return new Outcome(null, null, List.copyOf(parser.deprecated));
        } catch (Problem problem) {
            return new Outcome(problem.key, problem.argument, List.of());
        }
    }

    private void or() {
        and();
        while (accept("OR")) {
            and();
        }
    }

    private void and() {
        term();
        while (accept("AND")) {
            term();
        }
    }

    private void term() {
        if (accept("(")) {
            or();
            if (!accept(")")) {
                throw new Problem("publiccode.licence.syntax", next < tokens.size() ? tokens.get(next) : ")");
            }
            return;
        }
        licence();
        if (accept("WITH")) {
            String exception = take();
            if (!SpdxLicences.isException(exception)) {
                throw new Problem("publiccode.licence.unknownException", exception);
            }
        }
    }

    private void licence() {
        String id = take();
        if (REFERENCE.matcher(id).matches()) {
            return;
        }
        String plain = id.endsWith("+") ? id.substring(0, id.length() - 1) : id;
        if (!ID_STRING.matcher(plain).matches() || isOperator(plain)) {
            throw new Problem("publiccode.licence.syntax", id);
        }
        if (!SpdxLicences.isLicence(plain)) {
            throw new Problem("publiccode.licence.unknown", plain);
        }
        if (SpdxLicences.isDeprecated(plain)) {
            deprecated.add(plain);
        }
    }

    private String take() {
        if (next >= tokens.size()) {
            throw new Problem("publiccode.licence.incomplete", "");
        }
        String token = tokens.get(next++);
        if (token.equals("(") || token.equals(")") || isOperator(token)) {
            throw new Problem("publiccode.licence.syntax", token);
        }
        return token;
    }

    private boolean accept(String expected) {
        if (next < tokens.size() && tokens.get(next).toUpperCase(Locale.ROOT).equals(expected)) {
            next++;
            return true;
        }
        return false;
    }

    private static boolean isOperator(String token) {
        String upper = token.toUpperCase(Locale.ROOT);
        return upper.equals("AND") || upper.equals("OR") || upper.equals("WITH");
    }

    /** Splits at white space and parentheses; null when a character cannot be part of one. */
    private static List<String> tokenize(String expression) {
        List<String> tokens = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < expression.length(); i++) {
            char c = expression.charAt(i);
            if (c == '(' || c == ')' || Character.isWhitespace(c)) {
                if (!word.isEmpty()) {
                    tokens.add(word.toString());
                    word.setLength(0);
                }
                if (!Character.isWhitespace(c)) {
                    tokens.add(String.valueOf(c));
                }
            } else if (Character.isLetterOrDigit(c) && c < 128 || c == '.' || c == '-' || c == '+' || c == ':') {
                word.append(c);
            } else {
                return null;
            }
        }
        if (!word.isEmpty()) {
            tokens.add(word.toString());
        }
        return tokens;
    }

    private static final class Problem extends RuntimeException {

        private final String key;

        private final String argument;

        Problem(String key, String argument) {
            super(key, null, false, false);
            this.key = key;
            this.argument = argument;
        }
    }
}
