package de.lotse.strategy;

/** Normalising what people type. */
final class Texts {

    private Texts() {}

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
