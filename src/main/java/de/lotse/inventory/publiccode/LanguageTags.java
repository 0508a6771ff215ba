package de.lotse.inventory.publiccode;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Language tags after BCP 47 (well formed, with a primary language known to ISO 639) and country
 * codes after ISO 3166-1 alpha-2, from the JDK's ISO tables.
 */
final class LanguageTags {

    /** language [-extlang] [-script] [-region] *(-variant) *(-extension) [-privateuse] of RFC 5646. */
    private static final Pattern LANGTAG =
            Pattern.compile("(?<language>[A-Za-z]{2,3}(?:-[A-Za-z]{3}){0,3}|[A-Za-z]{4,8})"
                    + "(?:-(?<script>[A-Za-z]{4}))?"
                    + "(?:-(?<region>[A-Za-z]{2}|\\d{3}))?"
                    + "(?:-(?:[A-Za-z0-9]{5,8}|\\d[A-Za-z0-9]{3}))*"
                    + "(?:-[0-9A-WY-Za-wy-z](?:-[A-Za-z0-9]{2,8})+)*"
                    + "(?:-[Xx](?:-[A-Za-z0-9]{1,8})+)?");

    private static final Set<String> LANGUAGES_2 = Set.of(Locale.getISOLanguages());

    private static final Set<String> LANGUAGES_3 = threeLetterLanguages();

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private LanguageTags() {}

    static boolean isLanguageTag(String tag) {
        Matcher matcher = LANGTAG.matcher(tag);
        if (!matcher.matches()) {
            return false;
        }
        String language = matcher.group("language").split("-")[0].toLowerCase(Locale.ROOT);
        boolean knownLanguage =
                switch (language.length()) {
                    case 2 -> LANGUAGES_2.contains(language);
                    case 3 -> LANGUAGES_3.contains(language);
                    default -> false;
                };
        String region = matcher.group("region");
        return knownLanguage
                && (region == null
                        || Character.isDigit(region.charAt(0))
                        || COUNTRIES.contains(region.toUpperCase(Locale.ROOT)));
    }

    /** An ISO 3166-1 alpha-2 code, upper case or (deprecated) lower case. */
    static boolean isCountry(String code) {
        return code.length() == 2
                && (code.equals(code.toUpperCase(Locale.ROOT)) || code.equals(code.toLowerCase(Locale.ROOT)))
                && COUNTRIES.contains(code.toUpperCase(Locale.ROOT));
    }

    private static Set<String> threeLetterLanguages() {
        Set<String> languages = new HashSet<>();
        for (String two : Locale.getISOLanguages()) {
            try {
                languages.add(Locale.forLanguageTag(two).getISO3Language());
            } catch (java.util.MissingResourceException none) {
                // a language without a three-letter code
            }
        }
        languages.addAll(Arrays.stream(Locale.getAvailableLocales())
                .map(Locale::getLanguage)
                .filter(language -> language.length() == 3)
                .collect(Collectors.toSet()));
        // ISO 639-2/B codes that differ from the terminology codes the JDK knows
        languages.addAll(Set.of(
                "alb", "arm", "baq", "bur", "chi", "cze", "dut", "fre", "geo", "ger", "gre", "ice", "mac", "mao", "may",
                "per", "rum", "slo", "tib", "wel"));
        return Set.copyOf(languages);
    }
}
