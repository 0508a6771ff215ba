package de.lotse.platform.web;

import de.lotse.platform.FormPage;
import de.lotse.platform.InvalidFieldException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolationException;
import java.io.IOException;
import java.util.Map;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.ModelAndView;

/**
 * The last line for input a page did not turn into a field error itself: a value the rules refuse
 * ({@link InvalidFieldException}) or a constraint of a service answers 400 with the error page and
 * the rule's message, never 500; a handler marked {@link FormPage} gets its form again with the
 * field error instead, and keeps what the person typed.
 */
@ControllerAdvice(annotations = Controller.class)
class InvalidInputAdvice {

    /** The request attribute with the message key the error page shows. */
    static final String MESSAGE = InvalidInputAdvice.class.getName() + ".message";

    private final LayoutAdvice layout;

    InvalidInputAdvice(LayoutAdvice layout) {
        this.layout = layout;
    }

    /**
     * The form again with the field error when the handler names its {@link FormPage}, otherwise the
     * 400 page with the rule's message.
     */
    @ExceptionHandler(InvalidFieldException.class)
    ModelAndView invalidField(
            InvalidFieldException exception,
            HandlerMethod handler,
            @AuthenticationPrincipal UserDetails person,
            HttpServletRequest request,
            HttpServletResponse response)
            throws IOException {
        FormPage form = handler.getMethodAnnotation(FormPage.class);
        if (form != null) {
            // what the layout's advices give every page, which an exception handler's view lacks
            ModelAndView page = new ModelAndView(form.value());
            page.addObject("footer", layout.footer());
            page.addObject("currentUser", person);
            page.addObject("errorField", exception.field());
            page.addObject("errorKey", exception.messageKey());
            return page;
        }
        request.setAttribute(MESSAGE, exception.messageKey());
        response.sendError(HttpServletResponse.SC_BAD_REQUEST);
        return null;
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
