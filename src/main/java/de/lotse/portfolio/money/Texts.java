package de.lotse.portfolio.money;

/** Small helpers for the texts people type into forms. */
public final class Texts {

    private Texts() {}

    /** The text without surrounding blanks, or null when nothing is left. */
    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
