package de.lotse.tenancy;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.io.ResourceLoader;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the municipality directory shipped in the jar into the reference tables at start, before
 * the web server takes requests: nothing to do when the database already holds this Gebietsstand
 * (or a newer one), otherwise the whole directory is replaced in one transaction.
 */
@Component
class MunicipalityDirectoryLoader implements SmartInitializingSingleton {

    /** What a load did. */
    enum Outcome {
        LOADED,
        ALREADY_CURRENT
    }

    /** What a load did, for which Gebietsstand, and how long it took. */
    record Result(Outcome outcome, LocalDate gebietsstand, Duration duration) {}

    /** Serialises loads of all nodes on one database; any constant unique within Lotse. */
    static final long ADVISORY_LOCK_KEY = 0x4c6f747365_4749L;

    private static final Logger log = LoggerFactory.getLogger(MunicipalityDirectoryLoader.class);

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;
    private final TransactionTemplate transaction;
    private final ResourceLoader resources;

    MunicipalityDirectoryLoader(
            JdbcClient jdbc,
            JdbcTemplate jdbcTemplate,
            PlatformTransactionManager transactionManager,
            ResourceLoader resources) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
        this.transaction = new TransactionTemplate(transactionManager);
        this.resources = resources;
    }

    @Override
    public void afterSingletonsInstantiated() {
        load(Gemeindeverzeichnis.SHIPPED);
    }

    /** Loads the directory from the CSV files in this folder unless the database holds it already. */
    Result load(String folder) {
        long start = System.nanoTime();
        var files = new Gemeindeverzeichnis(resources, folder);
        LocalDate gebietsstand = files.gebietsstand();
        // most starts end here, without taking the lock
        if (isCurrent(gebietsstand)) {
            return alreadyCurrent(gebietsstand, start);
        }
        return transaction.execute(status -> {
            // released at commit; a second node starting now waits here and then finds the data loaded
            jdbc.sql("select pg_advisory_xact_lock(?)").param(ADVISORY_LOCK_KEY).query(row -> {});
            if (isCurrent(gebietsstand)) {
                return alreadyCurrent(gebietsstand, start);
            }
            replace(files, gebietsstand);
            var result = new Result(Outcome.LOADED, gebietsstand, Duration.ofNanos(System.nanoTime() - start));
            log.info(
                    "Loaded the municipality directory, Gebietsstand {}, from {} in {} ms",
                    gebietsstand,
                    folder,
                    result.duration().toMillis());
            return result;
        });
    }

    private boolean isCurrent(LocalDate gebietsstand) {
        Optional<LocalDate> loaded = jdbc.sql("select gebietsstand from directory_gebietsstand")
                .query(LocalDate.class)
                .optional();
        // never replace a newer directory, loaded by a newer version of Lotse on another node
        return loaded.isPresent() && !loaded.get().isBefore(gebietsstand);
    }

    private static Result alreadyCurrent(LocalDate gebietsstand, long start) {
        var result = new Result(Outcome.ALREADY_CURRENT, gebietsstand, Duration.ofNanos(System.nanoTime() - start));
        log.info(
                "The municipality directory, Gebietsstand {}, is loaded already (checked in {} ms)",
                gebietsstand,
                result.duration().toMillis());
        return result;
    }

    private void replace(Gemeindeverzeichnis files, LocalDate gebietsstand) {
        var laender = files.laender(gebietsstand);
        var kreise = files.kreise(gebietsstand);
        var gemeindeverbaende = files.gemeindeverbaende(gebietsstand);
        var gemeinden = files.gemeinden(gebietsstand);
        long read = System.nanoTime();

        // delete, not truncate: readers keep seeing the old directory until the commit
        for (String table :
                List.of("directory_gemeinde", "directory_gemeindeverband", "directory_kreis", "directory_land")) {
            jdbc.sql("delete from " + table).update();
        }
        copy("directory_land (land_key, name, seat)", laender, land ->
                new Object[] {land.key(), land.name(), land.seat()});
        copy(
                "directory_kreis (kreis_key, land_key, regierungsbezirk, name, seat, type_code, type)",
                kreise,
                kreis -> new Object[] {
                    kreis.key(),
                    kreis.landKey(),
                    kreis.regierungsbezirk(),
                    kreis.name(),
                    kreis.seat(),
                    kreis.typeCode(),
                    kreis.type()
                });
        copy(
                "directory_gemeindeverband (gemeindeverband_key, land_key, kreis_key, name, seat, type_code, type)",
                gemeindeverbaende,
                verband -> new Object[] {
                    verband.key(),
                    verband.landKey(),
                    verband.kreisKey(),
                    verband.name(),
                    verband.seat(),
                    verband.typeCode(),
                    verband.type()
                });
        copy(
                """
                directory_gemeinde (ags, ars, name, short_name, type_code, type, land_key, kreis_key,
                    gemeindeverband_key, area_hectares, population, postcode, search_name, search_short_name)
                """,
                gemeinden,
                gemeinde -> {
                    String shortName = SearchNames.shortName(gemeinde.name());
                    return new Object[] {
                        gemeinde.ags(),
                        gemeinde.ars(),
                        gemeinde.name(),
                        shortName,
                        gemeinde.typeCode(),
                        gemeinde.type(),
                        gemeinde.landKey(),
                        gemeinde.kreisKey(),
                        gemeinde.gemeindeverbandKey(),
                        gemeinde.areaHectares(),
                        gemeinde.population(),
                        gemeinde.postcode(),
                        SearchNames.normalise(gemeinde.name()),
                        SearchNames.normalise(shortName)
                    };
                });
        jdbc.sql(
                        """
                        insert into directory_gebietsstand (id, gebietsstand, loaded_at) values (1, ?, ?)
                        on conflict (id) do update set gebietsstand = excluded.gebietsstand, loaded_at = excluded.loaded_at
                        """)
                .params(gebietsstand, Timestamp.from(Instant.now()))
                .update();
        // fresh statistics, so that the planner chooses the indexes from the first search on
        jdbc.sql("analyze directory_land, directory_kreis, directory_gemeindeverband, directory_gemeinde")
                .update();
        log.info(
                "Municipality directory: {} Länder, {} Kreise, {} Gemeindeverbände, {} Gemeinden written in {} ms",
                laender.size(),
                kreise.size(),
                gemeindeverbaende.size(),
                gemeinden.size(),
                Duration.ofNanos(System.nanoTime() - read).toMillis());
    }

    /**
     * Inserts the rows with PostgreSQL's COPY, in the current transaction: one round trip per
     * table instead of one per row. An unquoted empty field is NULL in COPY's CSV format.
     */
    private <T> void copy(String tableAndColumns, List<T> rows, Function<T, Object[]> values) {
        var csv = new StringBuilder(rows.size() * 200);
        try (var printer = new CSVPrinter(csv, CSVFormat.RFC4180)) {
            for (T row : rows) {
                printer.printRecord(values.apply(row));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String sql = "copy " + tableAndColumns.strip() + " from stdin (format csv)";
        long copied = jdbcTemplate.execute((ConnectionCallback<Long>) connection -> {
            try {
                return connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql, new StringReader(csv.toString()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        if (copied != rows.size()) {
            throw new IllegalStateException("COPY wrote %d of %d rows: %s".formatted(copied, rows.size(), sql));
        }
    }
}
