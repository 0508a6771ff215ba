package de.lotse.inventory;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A light check of SPDX licence texts: a licence identifier such as {@code EUPL-1.2} or
 * {@code LicenseRef-Hersteller}, or an expression of such identifiers with {@code AND}, {@code OR},
 * {@code WITH} and parentheses. Whether an identifier is on the SPDX list is not checked.
 */
public final class Licences {

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9.\\-]*\\+?");
    private static final List<String> OPERATORS = List.of("AND", "OR", "WITH");

    private Licences() {}

    public static boolean isValid(String licence) {
        if (licence == null || licence.isBlank()) {
            return true;
        }
        String[] tokens =
                licence.replace("(", " ( ").replace(")", " ) ").strip().split("\\s+");
        int depth = 0;
        boolean expectIdentifier = true;
        for (String token : tokens) {
            if (token.equals("(")) {
                if (!expectIdentifier) {
                    return false;
                }
                depth++;
            } else if (token.equals(")")) {
                if (expectIdentifier || --depth < 0) {
                    return false;
                }
            } else if (OPERATORS.contains(token)) {
                if (expectIdentifier) {
                    return false;
                }
                expectIdentifier = true;
            } else {
                if (!expectIdentifier || !IDENTIFIER.matcher(token).matches()) {
                    return false;
                }
                expectIdentifier = false;
            }
        }
        return depth == 0 && !expectIdentifier;
    }
}
