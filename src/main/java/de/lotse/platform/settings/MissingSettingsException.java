package de.lotse.platform.settings;

import java.util.List;

/** Settings without which Lotse must not start. */
class MissingSettingsException extends RuntimeException {

    private final List<String> missing;

    MissingSettingsException(List<String> missing) {
        super("missing settings: " + missing);
        this.missing = List.copyOf(missing);
    }

    List<String> missing() {
        return missing;
    }
}
