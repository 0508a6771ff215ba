package de.lotse.platform.web;

import de.lotse.platform.InvalidFieldException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolationException;
import java.io.IOException;
import java.util.Map;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;

/**
 * The last line for input a page did not turn into a field error itself: a value the rules refuse
 * ({@link InvalidFieldException}) or a constraint of a service answers 400 with the error page and
 * the rule's message, never 500. Pages that can show the field error next to the field catch the
 * exception themselves and keep what the person typed.
 */
@ControllerAdvice(annotations = Controller.class)
class InvalidInputAdvice {

    /** The request attribute with the message key the error page shows. */
    static final String MESSAGE = InvalidInputAdvice.class.getName() + ".message";

    @ExceptionHandler(InvalidFieldException.class)
    void invalidField(InvalidFieldException exception, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        request.setAttribute(MESSAGE, exception.messageKey());
        response.sendError(HttpServletResponse.SC_BAD_REQUEST);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    void constraintViolation(HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.setAttribute(MESSAGE, "problem.invalid-fields");
        response.sendError(HttpServletResponse.SC_BAD_REQUEST);
    }

    /** The error page's attributes with the message key of the refused input, when there is one. */
    @Bean
    static DefaultErrorAttributes errorAttributes() {
        return new DefaultErrorAttributes() {
            @Override
            public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
                Map<String, Object> attributes = super.getErrorAttributes(request, options);
                Object message = request.getAttribute(MESSAGE, RequestAttributes.SCOPE_REQUEST);
                if (message != null) {
                    attributes.put("invalidMessage", message);
                }
                return attributes;
            }
        };
    }
}
