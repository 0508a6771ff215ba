package de.lotse.inventory.api;

import de.lotse.inventory.PublicCodeProblem;
import de.lotse.inventory.PublicCodeValidation;
import de.lotse.inventory.PublicCodeValidator;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Checks a {@code publiccode.yml} sent as the request body. Always answers 200 with the result,
 * whatever the body holds (also none); messages are in the language of the request.
 */
@RestController
@RequestMapping("/api/v1/publiccode")
@Tag(name = "publiccode.yml", description = "Checking publiccode.yml files against the standard")
class PublicCodeApiController {

    private static final Set<String> LANGUAGES = Set.of("de", "en");

    private final PublicCodeValidator validator;

    private final MessageSource messages;

    PublicCodeApiController(PublicCodeValidator validator, MessageSource messages) {
        this.validator = validator;
        this.messages = messages;
    }

    @PostMapping(path = "/validate", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Check a publiccode.yml file",
            description = "The body is the file (application/yaml, text/yaml, application/x-yaml or text/plain,"
                    + " UTF-8, at most 1 MiB). The answer is always 200: valid is false when there are errors;"
                    + " each problem names its key path, line and column (1-based). Nothing is fetched from the"
                    + " network: URLs are checked for their syntax only. Messages follow Accept-Language"
                    + " (German by default, English).",
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content = {
                                @Content(mediaType = "application/yaml", schema = @Schema(type = "string")),
                                @Content(mediaType = "text/yaml", schema = @Schema(type = "string")),
                                @Content(mediaType = "application/x-yaml", schema = @Schema(type = "string")),
                                @Content(mediaType = "text/plain", schema = @Schema(type = "string"))
                            }))
    PublicCodeResult validate(HttpServletRequest request) throws IOException {
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            body = in.readNBytes(PublicCodeValidator.MAX_BYTES + 1);
        }
        PublicCodeValidation validation = validator.validate(body);
        Locale locale = locale(request);
        return new PublicCodeResult(
                validation.valid(), shown(validation.errors(), locale), shown(validation.warnings(), locale));
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

    /** The result: valid when there are no errors; warnings do not make a file invalid. */
    record PublicCodeResult(boolean valid, List<Problem> errors, List<Problem> warnings) {}

    /** A problem: the key path (empty for the whole file), the message, 1-based line and column. */
    record Problem(String key, String message, int line, int column) {}
}
