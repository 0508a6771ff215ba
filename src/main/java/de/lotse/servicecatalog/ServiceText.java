package de.lotse.servicecatalog;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * What a person types to find a service: an OZG-ID, a LeiKa key or its first digits, or words of
 * the name (German full-text search, or a part of the LeiKa or OZG name). Written as a condition on
 * the catalogue's aliases {@code s} (LeiKa service) and {@code o} (OZG-Leistung).
 */
final class ServiceText {

    private static final Pattern OZG_ID = Pattern.compile("[0-9]{5}");
    private static final Pattern KEY_PREFIX = Pattern.compile("[0-9]{6,14}");

    private ServiceText() {}

    /** Adds the condition for the text to the where clause and its parameters; nothing for no text. */
    static void restrict(String text, StringBuilder where, Map<String, Object> params) {
        String stripped = text == null ? "" : text.strip();
        if (stripped.isEmpty()) {
            return;
        }
        params.put("text", stripped);
        if (OZG_ID.matcher(stripped).matches()) {
            where.append(" and (s.ozg_id = :text or s.leika_key like :text || '%')");
        } else if (KEY_PREFIX.matcher(stripped).matches()) {
            where.append(" and s.leika_key like :text || '%'");
        } else {
            params.put(
                    "pattern",
                    "%" + stripped.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
            where.append(" and (s.search @@ websearch_to_tsquery('german', :text) or s.name ilike :pattern"
                    + " or o.name ilike :pattern)");
        }
    }
}
