package de.lotse.portfolio.money.web;

import java.math.BigDecimal;
import java.util.Locale;
import org.springframework.validation.Errors;

/**
 * Reads and writes amounts of money in forms. People type "1.234,56", "1234,56" or "1234.56": a comma
 * makes the comma the decimal mark and dots grouping; without a comma the dot is the decimal mark.
 */
final class AmountField {

    private AmountField() {}

    /** The amount typed into the field, or null (with an error where it is required or malformed). */
    static BigDecimal read(Errors errors, String field, String text, boolean required) {
        if (text == null || text.isBlank()) {
            if (required) {
                errors.rejectValue(field, "money.error.required");
            }
            return null;
        }
        String plain = text.strip().replace(" ", "").replace("\u00a0", "").replace("€", "");
        if (plain.contains(",")) {
            plain = plain.replace(".", "").replace(',', '.');
        }
        BigDecimal amount;
        try {
            amount = new BigDecimal(plain);
        } catch (NumberFormatException e) {
            errors.rejectValue(field, "money.error.format");
            return null;
        }
        if (amount.signum() < 0) {
            errors.rejectValue(field, "money.error.negative");
            return null;
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            errors.rejectValue(field, "money.error.decimals");
            return null;
        }
        if (amount.precision() - amount.scale() > 13) {
            errors.rejectValue(field, "money.error.too-large");
            return null;
        }
        return amount;
    }

    /** The amount as the form shows it: with the decimal mark of the language. */
    static String write(BigDecimal amount, Locale locale) {
        if (amount == null) {
            return null;
        }
        String plain = amount.toPlainString();
        return "de".equals(locale.getLanguage()) ? plain.replace('.', ',') : plain;
    }
}
