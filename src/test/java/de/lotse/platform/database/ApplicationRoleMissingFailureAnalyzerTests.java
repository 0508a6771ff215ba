package de.lotse.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.flywaydb.core.api.FlywayException;
import org.junit.jupiter.api.Test;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.mock.env.MockEnvironment;

class ApplicationRoleMissingFailureAnalyzerTests {

    private final ApplicationRoleMissingFailureAnalyzer analyzer =
            new ApplicationRoleMissingFailureAnalyzer(new MockEnvironment()
                    .withProperty("lotse.database.application-role", "lotse_app")
                    .withProperty("spring.datasource.username", "lotse"));

    @Test
    void aMissingRoleThatCannotBeCreatedNamesTheSqlToRun() {
        FailureAnalysis analysis = analyzer.analyze(new FlywayException(
                "Migration V2 failed", new SQLException("ERROR: permission denied to create role", "42501")));

        assertThat(analysis.getDescription())
                .isEqualTo("The database role lotse_app is missing and the login role lotse may not create it;"
                        + " a database administrator runs: CREATE ROLE lotse_app NOLOGIN; GRANT lotse_app TO lotse;")
                .doesNotContain("\n");
        assertThat(analysis.getAction()).contains("CREATE ROLE lotse_app NOLOGIN; GRANT lotse_app TO lotse;");
    }

    @Test
    void aRoleNotGrantedToTheLoginRoleNamesTheGrant() {
        FailureAnalysis analysis =
                analyzer.analyze(new SQLException("ERROR: permission denied to set role \"lotse_app\"", "42501"));

        assertThat(analysis.getDescription())
                .contains("not granted")
                .endsWith("GRANT lotse_app TO lotse;")
                .doesNotContain("CREATE ROLE");
    }

    @Test
    void otherMissingPrivilegesAreLeftToOtherAnalyzers() {
        assertThat(analyzer.analyze(new SQLException("ERROR: permission denied for table project", "42501")))
                .isNull();
        assertThat(analyzer.analyze(new SQLException("Connection refused", "08001")))
                .isNull();
    }
}
