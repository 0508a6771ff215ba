package de.lotse.portfolio.money.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;

class AmountFieldTests {

    @Test
    void readsGermanAndPlainAmounts() {
        assertThat(read("1.234,56")).isEqualByComparingTo("1234.56");
        assertThat(read("1234,5")).isEqualByComparingTo("1234.50");
        assertThat(read("1234.56")).isEqualByComparingTo("1234.56");
        assertThat(read(" 12 500 € ")).isEqualByComparingTo("12500");
    }

    @Test
    void refusesNegativeMalformedAndOverPreciseAmounts() {
        assertThat(error("-1")).isEqualTo("money.error.negative");
        assertThat(error("zwölf")).isEqualTo("money.error.format");
        assertThat(error("1,234")).isEqualTo("money.error.decimals");
        assertThat(error("")).isEqualTo("money.error.required");
        assertThat(error("12345678901234")).isEqualTo("money.error.too-large");
    }

    @Test
    void writesTheDecimalMarkOfTheLanguage() {
        assertThat(AmountField.write(new BigDecimal("1234.50"), Locale.GERMAN)).isEqualTo("1234,50");
        assertThat(AmountField.write(new BigDecimal("1234.50"), Locale.ENGLISH)).isEqualTo("1234.50");
    }

    private static BigDecimal read(String text) {
        Errors errors = new BeanPropertyBindingResult(new BudgetLineForm(), "form");
        BigDecimal amount = AmountField.read(errors, "planned", text, true);
        assertThat(errors.hasErrors()).isFalse();
        return amount;
    }

    private static String error(String text) {
        Errors errors = new BeanPropertyBindingResult(new BudgetLineForm(), "form");
        assertThat(AmountField.read(errors, "planned", text, true)).isNull();
        return errors.getFieldError("planned").getCode();
    }
}
