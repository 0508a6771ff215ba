package de.lotse.inventory;

import java.util.List;

/** What checking a {@code publiccode.yml} file found: errors make it invalid, warnings do not. */
public record PublicCodeValidation(List<PublicCodeProblem> errors, List<PublicCodeProblem> warnings) {

    public PublicCodeValidation {
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
    }

    public boolean valid() {
        return errors.isEmpty();
    }
}
