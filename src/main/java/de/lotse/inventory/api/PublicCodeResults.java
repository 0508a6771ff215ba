package de.lotse.inventory.api;

import de.lotse.inventory.PublicCodeProblem;
import de.lotse.inventory.PublicCodeValidation;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** A check's result as the API shows it, with the messages in the language of the request. */
@Component
class PublicCodeResults {

    private static final Set<String> LANGUAGES = Set.of("de", "en");

    private final MessageSource messages;

    PublicCodeResults(MessageSource messages) {
        this.messages = messages;
    }

    /** The result: valid when there are no errors; warnings do not make a file invalid. */
    record PublicCodeResult(boolean valid, List<Problem> errors, List<Problem> warnings) {}

    /** A problem: the key path (empty for the whole file), the message, 1-based line and column. */
    record Problem(String key, String message, int line, int column) {}

    PublicCodeResult of(PublicCodeValidation validation, HttpServletRequest request) {
        Locale locale = locale(request);
        return new PublicCodeResult(
                validation.valid(), shown(validation.errors(), locale), shown(validation.warnings(), locale));
    }

    List<Problem> warnings(PublicCodeValidation validation, HttpServletRequest request) {
        return shown(validation.warnings(), locale(request));
    }

    private List<Problem> shown(List<PublicCodeProblem> problems, Locale locale) {
        return problems.stream()
                .map(problem -> new Problem(
                        problem.key(),
                        messages.getMessage(
                                problem.messageKey(), problem.arguments().toArray(), problem.messageKey(), locale),
                        problem.line(),
                        problem.column()))
                .toList();
    }

    /** The first language of Accept-Language Lotse speaks, otherwise the person's (German by default). */
    private static Locale locale(HttpServletRequest request) {
        if (request.getHeader("Accept-Language") != null) {
            for (Locale asked : Collections.list(request.getLocales())) {
                if (LANGUAGES.contains(asked.getLanguage())) {
                    return Locale.forLanguageTag(asked.getLanguage());
                }
            }
        }
        return LocaleContextHolder.getLocale();
    }
}
