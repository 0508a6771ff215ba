package de.lotse.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.lotse.LotseApplication;
import de.lotse.LotseIntegrationTest;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A start on a fresh database whose login role may not create roles, where the application's role
 * does not exist yet, ends with one line naming the SQL to run. Database and roles are made on the
 * tests' PostgreSQL server for this test only.
 */
@LotseIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class ApplicationRoleMissingIntegrationTests {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aStartWithoutTheApplicationRoleAndWithoutTheRightToCreateItNamesTheSqlToRun(CapturedOutput output) {
        String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String login = "lotse_norights_" + suffix;
        String missing = "lotse_missing_" + suffix;
        String url = administer(
                "create role " + login + " login password 'norights' nocreaterole",
                "create database " + login + " owner " + login);
        try {
            assertThatThrownBy(() -> new SpringApplicationBuilder(LotseApplication.class)
                            .run(
                                    "--spring.datasource.url=" + url.replace("/postgres", "/" + login),
                                    "--spring.datasource.username=" + login,
                                    "--spring.datasource.password=norights",
                                    "--lotse.database.application-role=" + missing,
                                    "--lotse.demo=false",
                                    "--server.port=0"))
                    .isNotNull();
            assertThat(output)
                    .contains("The database role " + missing + " is missing and the login role " + login
                            + " may not create it; a database administrator runs: CREATE ROLE " + missing
                            + " NOLOGIN; GRANT " + missing + " TO " + login + ";");
        } finally {
            administer("drop database if exists " + login + " with (force)", "drop role if exists " + login);
        }
    }

    /** Runs statements as the server's login role (outside a transaction); answers the server's URL. */
    private String administer(String... statements) {
        return jdbc.execute((ConnectionCallback<String>) connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute("set role none");
                for (String sql : statements) {
                    statement.execute(sql);
                }
            }
            String current = connection.getMetaData().getURL();
            return current.substring(0, current.lastIndexOf('/')) + "/postgres";
        });
    }
}
