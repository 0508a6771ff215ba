package de.lotse.strategy;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The colours a field of action can have: dark enough that white text and badges on them, and the
 * colour as text on white, keep the WCAG AA contrast of 4.5:1.
 */
public enum FieldColour {
    BLUE("#1c4f8c"),
    TEAL("#0b6466"),
    GREEN("#2b6a2e"),
    OLIVE("#5a5a12"),
    BROWN("#7a4a0f"),
    RED("#9b1c1c"),
    MAGENTA("#8e1f62"),
    PURPLE("#5b3a8e"),
    SLATE("#3f4b5b");

    private final String hex;

    FieldColour(String hex) {
        this.hex = hex;
    }

    /** The colour as CSS writes it, e.g. {@code #1c4f8c}. */
    public String hex() {
        return hex;
    }

    /** The palette colour with this CSS value, in any case. */
    public static Optional<FieldColour> ofHex(String hex) {
        return hex == null
                ? Optional.empty()
                : Arrays.stream(values())
                        .filter(colour -> colour.hex.equals(hex.strip().toLowerCase(Locale.ROOT)))
                        .findFirst();
    }
}
