package de.lotse.platform.sheets;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;

/**
 * Recognises the columns of an imported sheet by their headers: as the export writes them in German
 * or in English, or by the column's code ({@code title}, {@code planned-start}, …); case and spaces
 * do not matter.
 *
 * @param <C> the module's columns
 */
public final class SheetColumns<C extends Enum<C> & SheetColumn> {

    /** The languages whose headers and labels an import understands. */
    public static final List<Locale> LANGUAGES = List.of(Locale.GERMAN, Locale.ENGLISH);

    private final Class<C> type;
    private final MessageSource messages;
    private final Map<String, C> byHeader = new HashMap<>();

    public SheetColumns(Class<C> type, MessageSource messages) {
        this.type = type;
        this.messages = messages;
        for (C column : type.getEnumConstants()) {
            byHeader.putIfAbsent(Names.normalised(column.code()), column);
            for (Locale language : LANGUAGES) {
                byHeader.putIfAbsent(
                        Names.normalised(messages.getMessage(column.messageKey(), null, language)), column);
            }
        }
    }

    /** The enum of the columns. */
    public Class<C> type() {
        return type;
    }

    /** The column a header names, if it is one of the module's. */
    public Optional<C> recognise(String header) {
        return header == null ? Optional.empty() : Optional.ofNullable(byHeader.get(Names.normalised(header)));
    }

    /** The column's header in the language. */
    public String label(C column, Locale locale) {
        return messages.getMessage(column.messageKey(), null, locale);
    }

    /** The headers of the columns in the language, in their order. */
    public List<String> labels(List<C> columns, Locale locale) {
        return columns.stream().map(column -> label(column, locale)).toList();
    }
}
