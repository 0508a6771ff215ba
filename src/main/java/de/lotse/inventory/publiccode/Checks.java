package de.lotse.inventory.publiccode;

import de.lotse.inventory.publiccode.YamlSection.Item;
import de.lotse.inventory.publiccode.YamlSection.Value;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/** The checks the rules share: formats, closed lists, paths and lengths of texts. */
final class Checks {

    private final Findings findings;

    Checks(Findings findings) {
        this.findings = findings;
    }

    void format(Optional<Value> value, Predicate<String> valid, String messageKey) {
        value.ifPresent(v -> format(v, valid, messageKey));
    }

    void format(Value value, Predicate<String> valid, String messageKey) {
        if (!valid.test(value.text())) {
            findings.error(value.key(), value.keyAt(), messageKey, value.text());
        }
    }

    void oneOf(Optional<Value> value, Collection<String> allowed) {
        value.ifPresent(v -> {
            if (!allowed.contains(v.text())) {
                findings.error(v.key(), v.keyAt(), "publiccode.oneOf", v.text(), String.join(", ", allowed));
            }
        });
    }

    /** Every item a text; the texts that pass {@code valid} or a finding. */
    void eachText(Optional<List<Item>> items, Predicate<String> valid, String messageKey) {
        items.ifPresent(list -> list.forEach(item -> item.text().ifPresent(v -> format(v, valid, messageKey))));
    }

    void eachText(Optional<List<Item>> items) {
        eachText(items, text -> true, "");
    }

    void inList(Optional<List<Item>> items, Set<String> allowed, String messageKey) {
        eachText(items, allowed::contains, messageKey);
    }

    /** A length in user-perceived characters (grapheme clusters), as the standard's limits mean. */
    void maxLength(Optional<Value> value, int max) {
        value.ifPresent(v -> {
            int length = length(v.text());
            if (length > max) {
                findings.error(v.key(), v.keyAt(), "publiccode.maxLength", max, length);
            }
        });
    }

    void minLength(Optional<Value> value, int min) {
        value.ifPresent(v -> {
            int length = length(v.text());
            if (length < min) {
                findings.error(v.key(), v.keyAt(), "publiccode.minLength", min, length);
            }
        });
    }

    /**
     * A file of the repository: a relative path or an absolute URL, never an absolute path or a
     * {@code file:} URL; a relative path with one of the {@code extensions} (URLs are not fetched).
     */
    void repositoryFile(Value value, List<String> extensions) {
        String text = value.text();
        if (text.startsWith("/")) {
            findings.error(value.key(), value.keyAt(), "publiccode.path.absolute");
        } else if (text.regionMatches(true, 0, "file:", 0, 5)) {
            findings.error(value.key(), value.keyAt(), "publiccode.path.fileUrl");
        } else if (!Formats.isAbsoluteUrl(text) && !extensions.contains(Formats.extension(text))) {
            findings.error(value.key(), value.keyAt(), "publiccode.fileExtension", String.join(", ", extensions));
        }
    }

    /** A path of the repository (any file): relative, or an absolute URL. */
    void repositoryPath(Value value) {
        String text = value.text();
        if (text.startsWith("/")) {
            findings.error(value.key(), value.keyAt(), "publiccode.path.absolute");
        } else if (text.regionMatches(true, 0, "file:", 0, 5)) {
            findings.error(value.key(), value.keyAt(), "publiccode.path.fileUrl");
        }
    }

    void missing(YamlSection section, String name, String messageKey, Object... arguments) {
        findings.error(section.key(name), section.positionOf(name), messageKey, arguments);
    }

    void excluded(YamlSection section, String name, String messageKey) {
        findings.error(section.key(name), section.positionOf(name), messageKey);
    }

    void deprecated(YamlSection section, String name, String messageKey, Object... arguments) {
        if (section.contains(name)) {
            findings.warning(section.key(name), section.positionOf(name), messageKey, arguments);
        }
    }

    private static int length(String text) {
        java.text.BreakIterator characters = java.text.BreakIterator.getCharacterInstance(java.util.Locale.ROOT);
        characters.setText(text);
        int count = 0;
        while (characters.next() != java.text.BreakIterator.DONE) {
            count++;
        }
        return count;
    }
}
