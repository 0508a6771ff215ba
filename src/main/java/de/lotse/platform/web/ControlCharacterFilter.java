package de.lotse.platform.web;

import de.lotse.platform.ControlCharacters;
import de.lotse.platform.ProblemResponses;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.UriUtils;

/**
 * Refuses a request whose path, parameters (query or form) or uploaded file names hold control
 * characters ({@link ControlCharacters}) with 400, before any controller or query sees them: a
 * problem detail naming the field for the API, the error page for pages. JSON bodies are checked
 * where Jackson reads their texts ({@link ControlCharacterJson}).
 */
@Component
// after the publiccode.yml body filter, so that the bodies it keeps raw are not parsed as forms here
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class ControlCharacterFilter extends OncePerRequestFilter {

    private final MessageSource messages;
    private final LocaleResolver locales;
    private final ProblemResponses problems;

    ControlCharacterFilter(MessageSource messages, LocaleResolver locales, ProblemResponses problems) {
        this.messages = messages;
        this.locales = locales;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<String> field = fieldAtFault(request);
        if (field.isEmpty()) {
            chain.doFilter(request, response);
        } else if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            problem(request, response, field.get());
        } else {
            response.sendError(HttpStatus.BAD_REQUEST.value());
        }
    }

    private static Optional<String> fieldAtFault(HttpServletRequest request) {
        String path = request.getRequestURI();
        if (ControlCharacters.inName(decoded(path))) {
            return Optional.of("path");
        }
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            if (ControlCharacters.inName(parameter.getKey())) {
                return Optional.of("parameter");
            }
            for (String value : parameter.getValue()) {
                if (ControlCharacters.inValue(value)) {
                    return Optional.of(parameter.getKey());
                }
            }
        }
        for (Part part : parts(request)) {
            if (ControlCharacters.inName(part.getName())) {
                return Optional.of("parameter");
            }
            if (ControlCharacters.inName(part.getSubmittedFileName())) {
                return Optional.of(part.getName());
            }
        }
        return Optional.empty();
    }

    private static String decoded(String path) {
        try {
            return UriUtils.decode(path, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            // a broken escape is no control character; the dispatcher answers it as it does today
            return path;
        }
    }

    private static List<Part> parts(HttpServletRequest request) {
        String type = request.getContentType();
        if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")) {
            return List.of();
        }
        try {
            return List.copyOf(request.getParts());
        } catch (IOException | ServletException | RuntimeException e) {
            // too large or broken: the multipart resolver answers that further on, as without this check
            return List.of();
        }
    }

    private void problem(HttpServletRequest request, HttpServletResponse response, String field) throws IOException {
        java.util.Locale locale = locales.resolveLocale(request);
        String message = messages.getMessage("problem.control-characters", null, locale);
        problems.write(
                request,
                response,
                HttpStatus.BAD_REQUEST,
                messages.getMessage("problem.invalid-fields", null, locale),
                Map.of("errors", List.of(Map.of("field", field, "message", message))));
    }
}
