package de.lotse.platform.sheets;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;

/**
 * The values of an enum as a spreadsheet writes them: the German or English labels of the messages
 * {@code prefix + NAME} ("Umsetzung", "im Einsatz") or the codes ({@code IMPLEMENTATION}, {@code IN_USE}).
 *
 * @param <E> the enum
 */
public final class ChoiceLabels<E extends Enum<E>> {

    private final Class<E> type;
    private final String prefix;
    private final MessageSource messages;
    private final Map<String, E> byLabel = new HashMap<>();

    public ChoiceLabels(Class<E> type, String prefix, MessageSource messages) {
        this.type = type;
        this.prefix = prefix;
        this.messages = messages;
        for (E value : type.getEnumConstants()) {
            byLabel.put(Names.normalised(value.name()), value);
            for (Locale language : SheetColumns.LANGUAGES) {
                String label = messages.getMessage(prefix + value.name(), null, null, language);
                if (label != null) {
                    byLabel.putIfAbsent(Names.normalised(label), value);
                }
            }
        }
    }

    /** The value a cell names. */
    public Optional<E> find(String text) {
        return Optional.ofNullable(byLabel.get(Names.normalised(text)));
    }

    /** The value's label in the language, {@code null} for none. */
    public String label(E value, Locale locale) {
        return value == null ? null : messages.getMessage(prefix + value.name(), null, locale);
    }

    /** The labels of all values in the language, in the enum's order. */
    public List<String> labels(Locale locale) {
        return Arrays.stream(type.getEnumConstants())
                .map(value -> label(value, locale))
                .toList();
    }
}
