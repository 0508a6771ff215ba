package de.lotse.strategy.web;

import java.util.Locale;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives the strategy's pages what they share: number formatting in the person's language. */
@ControllerAdvice(basePackageClasses = StrategyModelAdvice.class)
class StrategyModelAdvice {

    @ModelAttribute("decimals")
    Decimals decimals(Locale locale) {
        return new Decimals(locale);
    }
}
