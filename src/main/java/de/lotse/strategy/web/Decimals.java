package de.lotse.strategy.web;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Shows the numbers of indicators in the person's language, with as many decimals as they have. */
public final class Decimals {

    /** Up to four decimals, no grouping: what forms show and read. */
    static final String PATTERN = "0.####";

    // one page formats many numbers: one format per page, not per number (DecimalFormat is not shared
    // between requests, it is not thread-safe)
    private final DecimalFormat format;

    Decimals(Locale locale) {
        this.format = new DecimalFormat("#,##0.####", DecimalFormatSymbols.getInstance(locale));
    }

    /** E.g. {@code 12,5} in German, {@code 12.5} in English; empty for no number. */
    public String format(BigDecimal value) {
        if (value == null) {
            return "";
        }
        return format.format(value);
    }
}
