package de.lotse.platform.sheets;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/** The REST answer to a rejected import: 422 with every problem as {@code errors: [{row, column, message}]}. */
public final class ImportResponses {

    /**
     * A problem of a rejected import.
     *
     * @param row the row as the spreadsheet numbers it (the header is row 1); absent for the whole file
     * @param column the column's header; absent for the whole row or file
     * @param message what is wrong
     */
    public record ImportError(Integer row, String column, String message) {}

    private ImportResponses() {}

    /**
     * @param detailKey the key of the problem's detail ("nothing was saved")
     */
    public static ResponseEntity<ProblemDetail> rejected(
            ImportRejectedException exception, MessageSource messages, String detailKey, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.UNPROCESSABLE_CONTENT, messages.getMessage(detailKey, null, locale));
        problem.setType(URI.create("about:blank"));
        List<ImportError> errors = exception.problems().stream()
                .map(p -> new ImportError(
                        p.row() > 0 ? p.row() : null,
                        p.column(),
                        messages.getMessage(p.messageKey(), new Object[] {p.value()}, locale)))
                .toList();
        problem.setProperty("errors", errors);
        return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
