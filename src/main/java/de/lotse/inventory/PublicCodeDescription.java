package de.lotse.inventory;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What a valid {@code publiccode.yml} says about the software, as far as the inventory keeps it:
 * its name, version, licence and description (German, else English, else the first language), who
 * maintains it, its platforms and categories. Texts are cut to what the inventory stores.
 */
record PublicCodeDescription(
        String name,
        String softwareVersion,
        String licence,
        String description,
        String vendor,
        String contact,
        PublicCodeFacts facts) {

    static PublicCodeDescription of(Map<String, Object> file) {
        Map<String, Object> legal = map(file.get("legal"));
        Map<String, Object> maintenance = map(file.get("maintenance"));
        String vendor = first(maintenance.get("contractors"))
                .map(contractor -> text(contractor.get("name")))
                .or(() -> Optional.ofNullable(text(legal.get("mainCopyrightOwner"))))
                .or(() -> Optional.ofNullable(text(legal.get("repoOwner"))))
                .orElse(null);
        String contact = first(maintenance.get("contacts"))
                .map(person -> text(person.get("name")))
                .orElse(null);
        return new PublicCodeDescription(
                clip(text(file.get("name")), 200),
                clip(text(file.get("softwareVersion")), 100),
                clip(text(legal.get("license")), 200),
                clip(description(map(file.get("description"))), 4000),
                clip(vendor, 200),
                clip(contact, 200),
                new PublicCodeFacts(
                        clip(text(file.get("url")), 500),
                        clip(text(maintenance.get("type")), 1000),
                        clip(joined(file.get("platforms")), 500),
                        clip(joined(file.get("categories")), 1000)));
    }

    /**
     * The application's data with what the file says: its product, version, licence, purpose and
     * vendor, open source; the name only for a new application (the administration may call it
     * otherwise), the contact only where nobody is named responsible.
     */
    ApplicationData applyTo(ApplicationData data, boolean created) {
        return new ApplicationData(
                created ? name : data.name(),
                vendor == null ? data.vendor() : vendor,
                name,
                softwareVersion == null ? data.productVersion() : softwareVersion,
                description == null ? data.purpose() : description,
                data.departments(),
                data.responsiblePerson() == null ? contact : data.responsiblePerson(),
                data.hosting(),
                data.users(),
                data.lifecycle(),
                data.introducedOn(),
                data.retireBy(),
                data.functionalFit(),
                data.technicalFit(),
                data.criticality(),
                data.personalData(),
                data.protectionNeed(),
                true,
                licence == null ? data.licence() : licence,
                data.successor());
    }

    /** The short description in German, else English, else the first language, with the long one after it. */
    private static String description(Map<String, Object> languages) {
        Optional<Map<String, Object>> chosen = languages.entrySet().stream()
                .sorted((a, b) -> Integer.compare(rank(a.getKey()), rank(b.getKey())))
                .map(entry -> map(entry.getValue()))
                .filter(language -> !language.isEmpty())
                .findFirst();
        return chosen.map(language -> {
                    String brief = text(language.get("shortDescription"));
                    String full = text(language.get("longDescription"));
                    return brief == null ? full : full == null ? brief : brief + "\n\n" + full;
                })
                .orElse(null);
    }

    private static int rank(String language) {
        String lower = language.toLowerCase(java.util.Locale.ROOT);
        return lower.equals("de")
                ? 0
                : lower.startsWith("de") ? 1 : lower.equals("en") ? 2 : lower.startsWith("en") ? 3 : 4;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }

    private static Optional<Map<String, Object>> first(Object list) {
        return list instanceof List<?> items && !items.isEmpty() ? Optional.of(map(items.get(0))) : Optional.empty();
    }

    private static String joined(Object list) {
        if (!(list instanceof List<?> items) || items.isEmpty()) {
            return null;
        }
        return items.stream()
                .map(PublicCodeDescription::text)
                .filter(Objects::nonNull)
                .collect(Collectors.joining(", "));
    }

    private static String text(Object value) {
        if (value == null || value instanceof Map || value instanceof List) {
            return null;
        }
        String text = value.toString().strip();
        return text.isEmpty() ? null : text;
    }

    private static String clip(String text, int max) {
        return text == null || text.length() <= max
                ? text
                : text.substring(0, max - 1).strip() + "…";
    }
}
