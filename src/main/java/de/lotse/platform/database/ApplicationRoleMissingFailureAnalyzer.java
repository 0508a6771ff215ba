package de.lotse.platform.database;

import java.sql.SQLException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.env.Environment;

/**
 * Turns a start that fails because the application's database role is missing (and the login role
 * may not create it) or not granted to the login role into one line naming the SQL an administrator
 * runs, instead of a stack trace.
 */
class ApplicationRoleMissingFailureAnalyzer extends AbstractFailureAnalyzer<SQLException> {

    private static final String INSUFFICIENT_PRIVILEGE = "42501";

    private final Environment environment;

    ApplicationRoleMissingFailureAnalyzer(Environment environment) {
        this.environment = environment;
    }

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, SQLException cause) {
        String message = cause.getMessage() == null ? "" : cause.getMessage();
        boolean cannotCreate = message.contains("permission denied to create role");
        boolean notGranted = message.contains("permission denied to set role");
        if (!INSUFFICIENT_PRIVILEGE.equals(cause.getSQLState()) || !(cannotCreate || notGranted)) {
            return null;
        }
        String role = environment.getProperty("lotse.database.application-role", "lotse_app");
        String login = environment.getProperty("spring.datasource.username", "postgres");
        String sql =
                (cannotCreate ? "CREATE ROLE " + role + " NOLOGIN; " : "") + "GRANT " + role + " TO " + login + ";";
        String problem = cannotCreate
                ? "The database role " + role + " is missing and the login role " + login + " may not create it"
                : "The database role " + role + " is not granted to the login role " + login;
        return new FailureAnalysis(
                problem + "; a database administrator runs: " + sql,
                "Run as a database administrator: " + sql + " Then start Lotse again.",
                cause);
    }
}
