package de.lotse.portfolio.imports;

import de.lotse.portfolio.PortfolioColumn;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Recognises the columns of an imported sheet by their headers: as the export writes them in German
 * or in English, or by the column's code ({@code title}, {@code planned-start}, …); case and spaces
 * do not matter.
 */
@Component
class ColumnHeaders {

    static final List<Locale> LANGUAGES = List.of(Locale.GERMAN, Locale.ENGLISH);

    private final MessageSource messages;
    private final Map<String, PortfolioColumn> byHeader = new HashMap<>();

    ColumnHeaders(MessageSource messages) {
        this.messages = messages;
        for (PortfolioColumn column : PortfolioColumn.values()) {
            byHeader.putIfAbsent(Names.normalised(column.code()), column);
            for (Locale language : LANGUAGES) {
                byHeader.putIfAbsent(
                        Names.normalised(messages.getMessage(column.messageKey(), null, language)), column);
            }
        }
    }

    /** The column a header names, if it is one of the portfolio's. */
    Optional<PortfolioColumn> recognise(String header) {
        return header == null ? Optional.empty() : Optional.ofNullable(byHeader.get(Names.normalised(header)));
    }

    /** The column's header in the language. */
    String label(PortfolioColumn column, Locale locale) {
        return messages.getMessage(column.messageKey(), null, locale);
    }
}
