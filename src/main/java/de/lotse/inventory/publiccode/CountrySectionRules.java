package de.lotse.inventory.publiccode;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The Italian section, the only country-specific one the standard defines, deprecated as a whole
 * since 0.7: {@code IT} (or the deprecated lower-case {@code it}, but not both).
 */
final class CountrySectionRules {

    private static final Pattern IPA_CODE = Pattern.compile("[a-z0-9_]{2,}", Pattern.CASE_INSENSITIVE);

    private final Checks checks;

    private final Findings findings;

    CountrySectionRules(Checks checks, Findings findings) {
        this.checks = checks;
        this.findings = findings;
    }

    void check(YamlSection file) {
        boolean upper = file.contains("IT");
        boolean lower = file.contains("it");
        if (lower) {
            findings.warning("it", file.positionOf("it"), "publiccode.countrySection.lowercase");
        }
        if (upper && lower) {
            findings.error("it", file.positionOf("it"), "publiccode.countrySection.duplicate");
        }
        if (!upper && !lower) {
            return;
        }
        String name = upper ? "IT" : "it";
        findings.warning(name, file.positionOf(name), "publiccode.countrySection.deprecated");
        italian(file.section(name));
    }

    private void italian(YamlSection italy) {
        italy.rejectUnknown(Set.of("countryExtensionVersion", "conforme", "riuso", "piattaforme"));
        checks.oneOf(italy.text("countryExtensionVersion", false), Vocabulary.IT_EXTENSION_VERSIONS);
        if (italy.has("conforme")) {
            checks.deprecated(italy, "conforme", "publiccode.deprecated");
        }
        booleans(
                italy.section("conforme"),
                List.of("lineeGuidaDesign", "modelloInteroperabilita", "misureMinimeSicurezza", "gdpr"));
        YamlSection riuso = italy.section("riuso");
        riuso.rejectUnknown(Set.of("codiceIPA"));
        riuso.text("codiceIPA", false).filter(code -> !code.text().isEmpty()).ifPresent(code -> {
            if (IPA_CODE.matcher(code.text()).matches()) {
                findings.warning(
                        code.key(),
                        code.keyAt(),
                        "publiccode.deprecated.use",
                        "organisation.uri: urn:x-italian-pa:" + code.text());
            } else {
                findings.error(code.key(), code.keyAt(), "publiccode.ipaCode", code.text());
            }
        });
        booleans(italy.section("piattaforme"), List.of("spid", "pagopa", "cie", "anpr", "io"));
    }

    private static void booleans(YamlSection section, List<String> names) {
        section.rejectUnknown(Set.copyOf(names));
        names.forEach(name -> section.bool(name, false));
    }
}
