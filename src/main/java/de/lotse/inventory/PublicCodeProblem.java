package de.lotse.inventory;

import java.util.List;

/**
 * One problem of a {@code publiccode.yml} file: the key path it concerns (such as
 * {@code maintenance.contacts[0].name}, empty for the file as a whole), a message key with its
 * arguments, and the 1-based line and column in the file.
 */
public record PublicCodeProblem(String key, String messageKey, List<String> arguments, int line, int column) {

    public PublicCodeProblem {
        arguments = List.copyOf(arguments);
    }
}
