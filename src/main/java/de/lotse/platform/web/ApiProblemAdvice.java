package de.lotse.platform.web;

import de.lotse.platform.ApiRepresentation;
import de.lotse.platform.ETags;
import de.lotse.platform.InvalidFieldException;
import de.lotse.platform.RecordNotFoundException;
import de.lotse.platform.SaneDates;
import de.lotse.platform.StaleVersionException;
import de.lotse.platform.StillReferencedException;
import jakarta.validation.ConstraintViolationException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidFormatException;

/** Answers every error of the REST API as an RFC 9457 problem detail, with the fields at fault. */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblemAdvice extends ResponseEntityExceptionHandler {

    private final MessageSource messages;
    private final List<ApiRepresentation<?>> representations;

    ApiProblemAdvice(MessageSource messages, List<ApiRepresentation<?>> representations) {
        this.messages = messages;
        this.representations = representations;
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException exception, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> errors = exception.getBindingResult().getFieldErrors().stream()
                .map(error -> Map.of(
                        "field",
                        error.getField(),
                        "message",
                        messages.getMessage(error, LocaleContextHolder.getLocale())))
                .toList();
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, message("problem.invalid-fields"));
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ProblemDetail constraintViolation(ConstraintViolationException exception) {
        List<Map<String, String>> errors = exception.getConstraintViolations().stream()
                .map(violation -> Map.of(
                        "field", lastNode(violation.getPropertyPath().toString()), "message", violation.getMessage()))
                .toList();
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, message("problem.invalid-fields"));
        problem.setProperty("errors", errors);
        return problem;
    }

    @ExceptionHandler(InvalidFieldException.class)
    ProblemDetail invalidField(InvalidFieldException exception) {
        return invalid(exception.field(), exception.messageKey());
    }

    @ExceptionHandler(RecordNotFoundException.class)
    ProblemDetail notFound() {
        return problem(HttpStatus.NOT_FOUND, message("problem.not-found"));
    }

    /**
     * A path that names no record (an id that is not one) is not found; a query parameter that does
     * not parse (a date out of range, a number beyond its type) is a bad request naming it.
     */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException exception) {
        if (exception.getParameter().hasParameterAnnotation(PathVariable.class)) {
            return notFound();
        }
        return invalid(exception.getName(), messageKeyFor(exception.getRequiredType()));
    }

    private static String messageKeyFor(Class<?> type) {
        if (String.class.equals(type)) {
            return "problem.control-characters";
        }
        return type != null && SaneDates.isDateType(type) ? "problem.date-range" : "problem.invalid-value";
    }

    /** A body that is no JSON of the expected shape; the field at fault when Jackson knows it. */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException exception, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (exception.getMostSpecificCause() instanceof DatabindException databind
                && !databind.getPath().isEmpty()) {
            String field = databind.getPath().stream()
                    .map(reference -> reference.getPropertyName() != null
                            ? reference.getPropertyName()
                            : String.valueOf(reference.getIndex()))
                    .collect(java.util.stream.Collectors.joining("."));
            String key = exception.getMostSpecificCause() instanceof InvalidFormatException format
                    ? messageKeyFor(format.getTargetType())
                    : "problem.invalid-value";
            return ResponseEntity.badRequest().body(invalid(field, key));
        }
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, message("problem.unreadable")));
    }

    private ProblemDetail invalid(String field, String messageKey) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, message("problem.invalid-fields"));
        problem.setProperty("errors", List.of(Map.of("field", field, "message", message(messageKey))));
        return problem;
    }

    /** A stale change answers 409 with the record as it is now, so the client sees what changed. */
    @ExceptionHandler(StaleVersionException.class)
    ResponseEntity<ProblemDetail> stale(StaleVersionException exception) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, message("problem.stale"));
        problem.setProperty("currentVersion", exception.currentVersion());
        Object current = exception.current();
        representations.stream()
                .filter(representation -> representation.recordType().isInstance(current))
                .findFirst()
                .ifPresent(representation -> problem.setProperty("current", represent(representation, current)));
        var answer = ResponseEntity.status(HttpStatus.CONFLICT);
        if (exception.currentVersion() >= 0) {
            answer.eTag(ETags.of(exception.currentVersion()));
        }
        return answer.body(problem);
    }

    private static <T> Object represent(ApiRepresentation<T> representation, Object current) {
        return representation.represent(representation.recordType().cast(current));
    }

    @ExceptionHandler(StillReferencedException.class)
    ProblemDetail stillReferenced(StillReferencedException exception) {
        return problem(HttpStatus.CONFLICT, message(exception.messageKey()));
    }

    /**
     * A unique key met by a request that raced an identical one answers 409: the thing exists now,
     * and the client can read it. Any other integrity violation stays a server error.
     */
    @ExceptionHandler(DataIntegrityViolationException.class)
    ProblemDetail duplicate(DataIntegrityViolationException exception) {
        if (!UniqueKeys.violated(exception)) {
            throw exception;
        }
        return problem(HttpStatus.CONFLICT, message("problem.duplicate"));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail forbidden() {
        return problem(HttpStatus.FORBIDDEN, message("problem.forbidden"));
    }

    @Override
    protected ResponseEntity<Object> handleServletRequestBindingException(
            org.springframework.web.bind.ServletRequestBindingException exception,
            HttpHeaders headers,
            HttpStatusCode status,
            WebRequest request) {
        if (exception instanceof MissingRequestHeaderException missing
                && HttpHeaders.IF_MATCH.equalsIgnoreCase(missing.getHeaderName())) {
            return ResponseEntity.status(HttpStatus.PRECONDITION_REQUIRED)
                    .body(problem(HttpStatus.PRECONDITION_REQUIRED, message("problem.if-match-required")));
        }
        return super.handleServletRequestBindingException(exception, headers, status, request);
    }

    private ProblemDetail problem(HttpStatus status, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("about:blank"));
        return problem;
    }

    private String message(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }

    private static String lastNode(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }
}
