package de.lotse.inventory.web;

import java.math.BigDecimal;
import java.util.Locale;
import org.springframework.validation.Errors;

/**
 * Reads and writes annual costs in the contract form. People type "1.234,56", "1234,56" or "1234.56":
 * a comma makes the comma the decimal mark and dots grouping; without one the dot is the decimal
 * mark. An empty field is zero.
 */
final class CostField {

    private CostField() {}

    /** The amount typed, zero when empty, or null with an error on the field when malformed. */
    static BigDecimal read(Errors errors, String field, String text) {
        if (text == null || text.isBlank()) {
            return BigDecimal.ZERO;
        }
        String plain = text.strip().replace(" ", "").replace("\u00a0", "").replace("€", "");
        if (plain.contains(",")) {
            plain = plain.replace(".", "").replace(',', '.');
        }
        BigDecimal amount;
        try {
            amount = new BigDecimal(plain);
        } catch (NumberFormatException e) {
            errors.rejectValue(field, "contract.costs.format");
            return null;
        }
        if (amount.signum() < 0) {
            errors.rejectValue(field, "contract.costs.negative");
            return null;
        }
        if (amount.stripTrailingZeros().scale() > 2 || amount.precision() - amount.scale() > 13) {
            errors.rejectValue(field, "contract.costs.format");
            return null;
        }
        return amount;
    }

    static String write(BigDecimal amount, Locale locale) {
        if (amount == null) {
            return null;
        }
        String plain = amount.toPlainString();
        return "de".equals(locale.getLanguage()) ? plain.replace('.', ',') : plain;
    }
}
