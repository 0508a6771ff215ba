package de.lotse.servicecatalog;

import java.util.Locale;

/** One level of a maturity model, with its name and description in German and English (reference data). */
public record MaturityLevel(
        MaturityModel model,
        int level,
        long version,
        String nameDe,
        String nameEn,
        String descriptionDe,
        String descriptionEn) {

    public String name(Locale locale) {
        return english(locale) ? nameEn : nameDe;
    }

    public String description(Locale locale) {
        return english(locale) ? descriptionEn : descriptionDe;
    }

    /** The level's number and name, as lists and forms show it. */
    public String label(Locale locale) {
        return level + " – " + name(locale);
    }

    private static boolean english(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }
}
