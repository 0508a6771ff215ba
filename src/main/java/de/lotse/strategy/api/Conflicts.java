package de.lotse.strategy.api;

import de.lotse.platform.ETags;
import de.lotse.platform.StaleVersionException;
import java.util.function.Function;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/** Answers a stale change with 409 and the record as it is now, so the client sees what changed. */
final class Conflicts {

    private Conflicts() {}

    static <T> ResponseEntity<ProblemDetail> of(
            StaleVersionException exception, Class<T> type, Function<T, Object> response, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, detail);
        problem.setProperty("currentVersion", exception.currentVersion());
        if (type.isInstance(exception.current())) {
            problem.setProperty("current", response.apply(type.cast(exception.current())));
        }
        var answer = ResponseEntity.status(HttpStatus.CONFLICT);
        if (exception.currentVersion() >= 0) {
            answer.eTag(ETags.of(exception.currentVersion()));
        }
        return answer.body(problem);
    }
}
