package de.lotse.platform.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * Answers a change made to an outdated version of a record with 409: someone else changed it in
 * between, and nothing is overwritten. The error page explains it in the layout of every page. The
 * same for a unique key met because someone else saved the same thing at the same moment.
 */
@ControllerAdvice(annotations = Controller.class)
class ConflictAdvice {

    @ExceptionHandler(OptimisticLockingFailureException.class)
    void conflict(HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_CONFLICT);
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    void duplicate(DataIntegrityViolationException exception, HttpServletResponse response) throws IOException {
        if (!UniqueKeys.violated(exception)) {
            throw exception;
        }
        response.sendError(HttpServletResponse.SC_CONFLICT);
    }
}
