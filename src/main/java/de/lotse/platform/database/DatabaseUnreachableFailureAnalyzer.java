package de.lotse.platform.database;

import java.sql.SQLException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.env.Environment;

/**
 * Turns a failed connection to the configured database into a start-up message that says which
 * database could not be reached and which settings to check.
 */
class DatabaseUnreachableFailureAnalyzer extends AbstractFailureAnalyzer<SQLException> {

    private final Environment environment;

    DatabaseUnreachableFailureAnalyzer(Environment environment) {
        this.environment = environment;
    }

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, SQLException cause) {
        String state = cause.getSQLState() == null ? "" : cause.getSQLState();
        if (!(state.startsWith("08") || state.startsWith("28") || state.equals("3D000"))) {
            return null;
        }
        String url = environment.getProperty("spring.datasource.url", "(embedded PostgreSQL)");
        return new FailureAnalysis(
                "Lotse cannot use its database at " + url + ": " + cause.getMessage(),
                "Check that the PostgreSQL server is running and reachable, that the database exists, and the settings"
                        + " SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD."
                        + " Without SPRING_DATASOURCE_URL, Lotse starts an embedded PostgreSQL with its data under ./data/.",
                cause);
    }
}
