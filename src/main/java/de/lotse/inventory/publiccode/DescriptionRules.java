package de.lotse.inventory.publiccode;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The description: at least one language, each named by a BCP 47 tag, each with a short
 * description (at most 150 characters), a long one (150 to 10,000) and at least one feature.
 */
final class DescriptionRules {

    static final Set<String> KEYS = Set.of(
            "localisedName",
            "genericName",
            "shortDescription",
            "longDescription",
            "documentation",
            "apiDocumentation",
            "features",
            "screenshots",
            "videos",
            "awards");

    static final List<String> SCREENSHOT_EXTENSIONS = List.of(".jpg", ".png");

    private final Checks checks;

    private final Findings findings;

    DescriptionRules(Checks checks, Findings findings) {
        this.checks = checks;
        this.findings = findings;
    }

    void check(YamlSection description) {
        Map<String, YamlSection> languages = description.sections();
        if (languages.isEmpty()) {
            findings.error(description.path(), description.position(), "publiccode.description.empty");
        }
        languages.forEach((language, text) -> {
            if (!LanguageTags.isLanguageTag(language)) {
                findings.error(text.path(), text.position(), "publiccode.language", language);
            }
            language(text);
        });
    }

    private void language(YamlSection text) {
        text.rejectUnknown(KEYS);
        text.text("localisedName", false);
        if (text.text("genericName", false).filter(v -> !v.text().isEmpty()).isPresent()) {
            checks.deprecated(text, "genericName", "publiccode.deprecated");
            checks.maxLength(text.text("genericName", false), 35);
        }
        checks.maxLength(text.text("shortDescription", true), 150);
        var longDescription = text.text("longDescription", true);
        checks.minLength(longDescription, 150);
        checks.maxLength(longDescription, 10_000);
        checks.format(text.text("documentation", false), Formats::isHttpUrl, "publiccode.httpUrl");
        checks.format(text.text("apiDocumentation", false), Formats::isHttpUrl, "publiccode.httpUrl");
        checks.eachText(text.list("features", true));
        text.list("screenshots", false)
                .ifPresent(items -> items.forEach(item ->
                        item.text().ifPresent(screenshot -> checks.repositoryFile(screenshot, SCREENSHOT_EXTENSIONS))));
        checks.eachText(text.list("videos", false), Formats::isHttpUrl, "publiccode.httpUrl");
        checks.eachText(text.list("awards", false));
    }
}
