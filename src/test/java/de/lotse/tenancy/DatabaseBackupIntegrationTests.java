package de.lotse.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import de.lotse.LotseIntegrationTest;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Backups keep working although every tenant table forces row-level security: the backup role the
 * README describes (BYPASSRLS and pg_read_all_data) reads every municipality's rows where the
 * application's role is refused, and a pg_dump made with it restores into a fresh database with
 * the same records, policies and migrations.
 */
@LotseIntegrationTest
class DatabaseBackupIntegrationTests {

    /** What the round trip compares: records of every kind that matters, history and the guard rails. */
    private static final Map<String, String> COUNTS = counts();

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theBackupRoleReadsEveryMunicipalitysRowsWhichTheApplicationRoleMayNot() throws SQLException {
        String backup = "lotse_backup_" + suffix();
        administer(
                "create role " + backup + " login password 'backup' bypassrls", "grant pg_read_all_data to " + backup);
        try (Connection connection = connect(database(), backup, "backup")) {
            try (Statement statement = connection.createStatement()) {
                // what pg_dump sets: a row hidden by a policy is an error, never a silently shorter backup
                statement.execute("set row_security = off");
            }
            Map<String, Long> all = administerCounts();
            assertThat(count(connection)).isEqualTo(all);
            assertThat(all.get("projects")).isPositive();
        } finally {
            administer("drop role if exists " + backup);
        }
        assertThatThrownBy(() -> jdbc.execute((ConnectionCallback<Long>) connection -> {
                    try (Statement statement = connection.createStatement()) {
                        statement.execute("set row_security = off");
                        try {
                            ResultSet rows = statement.executeQuery("select count(*) from project");
                            rows.next();
                            return rows.getLong(1);
                        } finally {
                            // the connection goes back to the pool: the next test must get it as it was
                            statement.execute("reset row_security");
                        }
                    }
                }))
                .rootCause()
                .hasMessageContaining("query would be affected by row-level security policy");
    }

    @Test
    void aDumpMadeByTheBackupRoleRestoresIntoAFreshDatabaseWithTheSameRecords() throws Exception {
        int serverMajor =
                jdbc.queryForObject("select current_setting('server_version_num')::int / 10000", Integer.class);
        Optional<Path> bin = clientTools(serverMajor);
        assumeTrue(
                bin.isPresent(),
                "no pg_dump/pg_restore of PostgreSQL " + serverMajor + " or newer on this machine (the embedded"
                        + " server's binaries carry none, and pg_dump refuses a newer server); the run on the"
                        + " PostgreSQL 15 server makes the round trip");
        String suffix = suffix();
        String backup = "lotse_backup_" + suffix;
        String restored = "lotse_restore_" + suffix;
        Path dump = Files.createTempFile("lotse-backup", ".dump");
        administer(
                "create role " + backup + " login password 'backup' bypassrls", "grant pg_read_all_data to " + backup);
        try {
            Map<String, Long> before = administerCounts();
            URI server = server();
            run(
                    bin.get().resolve("pg_dump"),
                    Map.of("PGPASSWORD", "backup"),
                    "--format=custom",
                    "--file=" + dump,
                    "--host=" + server.getHost(),
                    "--port=" + server.getPort(),
                    "--username=" + backup,
                    database());
            administer("create database " + restored);
            String login = login();
            run(
                    bin.get().resolve("pg_restore"),
                    Map.of(),
                    "--exit-on-error",
                    "--host=" + server.getHost(),
                    "--port=" + server.getPort(),
                    "--username=" + login,
                    "--dbname=" + restored,
                    dump.toString());
            try (Connection connection = connect(restored, login, "")) {
                assertThat(count(connection)).isEqualTo(before);
            }
            String url = "jdbc:postgresql://" + server.getHost() + ":" + server.getPort() + "/" + restored;
            assertThat(Flyway.configure()
                            .dataSource(url, login, null)
                            .placeholders(Map.of("applicationRole", "lotse_app"))
                            .load()
                            .validateWithResult()
                            .validationSuccessful)
                    .isTrue();
        } finally {
            Files.deleteIfExists(dump);
            administer("drop database if exists " + restored + " with (force)", "drop role if exists " + backup);
        }
    }

    private static Map<String, String> counts() {
        Map<String, String> counts = new LinkedHashMap<>();
        counts.put("projects", "select count(*) from project");
        counts.put("applications", "select count(*) from application");
        counts.put("service statuses", "select count(*) from service_status");
        counts.put("audit revisions", "select count(*) from audit_revision");
        counts.put("project history", "select count(*) from project_aud");
        counts.put("policies", "select count(*) from pg_policy");
        counts.put("forced tables", "select count(*) from pg_class where relforcerowsecurity");
        return counts;
    }

    private static Map<String, Long> count(Connection connection) throws SQLException {
        Map<String, Long> result = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement()) {
            for (Map.Entry<String, String> query : COUNTS.entrySet()) {
                try (ResultSet rows = statement.executeQuery(query.getValue())) {
                    rows.next();
                    result.put(query.getKey(), rows.getLong(1));
                }
            }
        }
        return result;
    }

    /** The counts as the server's login role, which passes the policies in the tests (a superuser). */
    private Map<String, Long> administerCounts() {
        return jdbc.execute((ConnectionCallback<Map<String, Long>>) connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute("set role none");
            }
            return count(connection);
        });
    }

    private void administer(String... statements) {
        jdbc.execute((ConnectionCallback<Void>) connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute("set role none");
                for (String sql : statements) {
                    statement.execute(sql);
                }
            }
            return null;
        });
    }

    private URI server() {
        String url = jdbc.execute((ConnectionCallback<String>)
                connection -> connection.getMetaData().getURL());
        return URI.create(url.substring("jdbc:".length()));
    }

    private String database() {
        return jdbc.queryForObject("select current_database()", String.class);
    }

    private String login() {
        return jdbc.queryForObject("select session_user", String.class);
    }

    private Connection connect(String database, String user, String password) throws SQLException {
        URI server = server();
        return DriverManager.getConnection(
                "jdbc:postgresql://" + server.getHost() + ":" + server.getPort() + "/" + database, user, password);
    }

    /** A directory with pg_dump and pg_restore of the server's major version or newer, the newest first. */
    private static Optional<Path> clientTools(int serverMajor) throws IOException {
        List<Path> candidates = new ArrayList<>();
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            candidates.add(Path.of(dir));
        }
        Path debian = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(debian)) {
            try (Stream<Path> versions = Files.list(debian)) {
                versions.map(version -> version.resolve("bin")).forEach(candidates::add);
            }
        }
        return candidates.stream()
                .filter(dir ->
                        Files.isExecutable(dir.resolve("pg_dump")) && Files.isExecutable(dir.resolve("pg_restore")))
                .filter(dir -> major(dir.resolve("pg_dump")) >= serverMajor)
                .max(Comparator.comparingInt(dir -> major(dir.resolve("pg_dump"))));
    }

    private static int major(Path pgDump) {
        try {
            Process process = new ProcessBuilder(pgDump.toString(), "--version").start();
            String version = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            process.waitFor(10, TimeUnit.SECONDS);
            // "pg_dump (PostgreSQL) 15.20 (Debian ...)"
            String number = version.replaceAll("(?s)^[^0-9]*([0-9]+).*$", "$1");
            return Integer.parseInt(number);
        } catch (IOException | InterruptedException | NumberFormatException e) {
            return 0;
        }
    }

    private static void run(Path tool, Map<String, String> environment, String... arguments) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(tool.toString());
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(tool.getFileName() + ": " + output).isZero();
    }

    private static String suffix() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }
}
