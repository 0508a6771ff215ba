package de.lotse.platform.web;

import java.sql.SQLException;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * Tells a unique key that stopped a second, simultaneous insert of the same thing (PostgreSQL's
 * SQL state 23505) from other integrity violations, which remain errors of the application.
 */
final class UniqueKeys {

    private static final String UNIQUE_VIOLATION = "23505";

    private UniqueKeys() {}

    static boolean violated(DataIntegrityViolationException exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
