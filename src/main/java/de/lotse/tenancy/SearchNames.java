package de.lotse.tenancy;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The form of municipality names that the directory search compares: lower case, umlauts written
 * as ae/oe/ue/ss, other accents and all punctuation removed, single spaces.
 */
final class SearchNames {

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^a-z0-9]+");

    private SearchNames() {}

    /** "Frankfurt (Oder), Stadt" → "frankfurt oder stadt", "Großröhrsdorf" → "grossroehrsdorf". */
    static String normalise(String text) {
        String lower = Normalizer.normalize(text, Normalizer.Form.NFC)
                .toLowerCase(Locale.ROOT)
                .replace("ä", "ae")
                .replace("ö", "oe")
                .replace("ü", "ue")
                .replace("ß", "ss");
        // letters such as the Sorbian ó or š lose their accent; ł has none to lose
        String unaccented = COMBINING_MARKS
                .matcher(Normalizer.normalize(lower, Normalizer.Form.NFD))
                .replaceAll("")
                .replace("ł", "l");
        return NOT_LETTER_OR_DIGIT.matcher(unaccented).replaceAll(" ").strip();
    }

    /**
     * The name without the suffixes of the official name: "Stuttgart, Landeshauptstadt" →
     * "Stuttgart", "Grafing b.München, St" → "Grafing b.München".
     */
    static String shortName(String officialName) {
        int comma = officialName.indexOf(',');
        return (comma < 0 ? officialName : officialName.substring(0, comma)).strip();
    }
}
