package de.lotse.servicecatalog;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.postgresql.PGConnection;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Compares a catalogue with the current one and applies it: new services are added, changed ones
 * updated, and services it no longer lists are marked withdrawn rather than deleted, so what
 * municipalities recorded about them stays attached. Callers hold a transaction.
 */
@Component
class CatalogueWriter {

    /** Serialises catalogue changes of all nodes on one database; any constant unique within Lotse. */
    static final long ADVISORY_LOCK_KEY = 0x4c6f747365_4f5aL;

    /** A LeiKa service by its key, or without key by its OZG-Leistung and name (four parameters). */
    private static final String IDENTITY = "(leika_key = ? or (cast(? as varchar) is null and leika_key is null"
            + " and ozg_id is not distinct from cast(? as varchar) and name = ?))";

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    CatalogueWriter(JdbcClient jdbc, JdbcTemplate jdbcTemplate, Clock clock, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
        this.clock = clock;
        this.events = events;
    }

    void lock() {
        jdbc.sql("select pg_advisory_xact_lock(?)").param(ADVISORY_LOCK_KEY).query(row -> {});
    }

    boolean isApplied(String checksum) {
        return jdbc.sql("select count(*) from catalogue_version where checksum = ?")
                        .param(checksum)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** What applying the catalogue would change. */
    CatalogueChanges changes(Catalogue catalogue) {
        return CatalogueComparison.of(jdbc, catalogue).changes();
    }

    /** Applies the catalogue as the new current one; answers its version id. */
    int apply(Catalogue catalogue, String label, LocalDate contentDate, String appliedBy) {
        int version = jdbc.sql(
                        """
                        insert into catalogue_version (label, content_date, checksum, applied_at, applied_by, topics,
                            ozg_services, leika_services)
                        values (?, ?, ?, ?, ?, ?, ?, ?) returning id
                        """)
                .params(
                        label,
                        contentDate,
                        catalogue.checksum(),
                        Timestamp.from(clock.instant()),
                        appliedBy,
                        catalogue.topics().size(),
                        catalogue.ozgServices().size(),
                        catalogue.leikaServices().size())
                .query(Integer.class)
                .single();
        CatalogueComparison comparison = CatalogueComparison.of(jdbc, catalogue);
        applyTopics(catalogue, version);
        Map<String, Integer> lifeSituations = applyLifeSituations(catalogue, version);
        applyOzgServices(catalogue, comparison, lifeSituations, version);
        applyLeikaServices(catalogue, comparison, version);
        jdbc.sql("analyze catalogue_topic, catalogue_life_situation, catalogue_ozg_service, catalogue_leika_service")
                .update();
        // municipalities get rows for the new services once the catalogue is committed
        events.publishEvent(new CatalogueApplied(version));
        return version;
    }

    private void applyTopics(Catalogue catalogue, int version) {
        jdbcTemplate.batchUpdate(
                """
                insert into catalogue_topic (name, position) values (?, ?)
                on conflict (name) do update set position = excluded.position, withdrawn_in = null
                """,
                catalogue.topics().stream()
                        .map(topic -> new Object[] {topic.name(), topic.position()})
                        .toList());
        jdbc.sql("update catalogue_topic set withdrawn_in = ? where withdrawn_in is null and name <> all(?)")
                .params(
                        version,
                        catalogue.topics().stream().map(Catalogue.Topic::name).toArray(String[]::new))
                .update();
    }

    private Map<String, Integer> applyLifeSituations(Catalogue catalogue, int version) {
        Map<String, Integer> topics = new HashMap<>();
        jdbc.sql("select id, name from catalogue_topic").query(rs -> {
            topics.put(rs.getString("name"), rs.getInt("id"));
        });
        List<Integer> kept = new ArrayList<>();
        Map<String, Integer> ids = new HashMap<>();
        for (Catalogue.LifeSituation lifeSituation : catalogue.lifeSituations()) {
            int id = jdbc.sql(
                            """
                            insert into catalogue_life_situation (topic_id, name) values (?, ?)
                            on conflict (topic_id, name) do update set withdrawn_in = null returning id
                            """)
                    .params(topics.get(lifeSituation.topic()), lifeSituation.name())
                    .query(Integer.class)
                    .single();
            kept.add(id);
            ids.put(lifeSituation.topic() + "|" + lifeSituation.name(), id);
        }
        jdbc.sql("update catalogue_life_situation set withdrawn_in = ? where withdrawn_in is null and id <> all(?)")
                .params(version, kept.toArray(Integer[]::new))
                .update();
        return ids;
    }

    private void applyOzgServices(
            Catalogue catalogue, CatalogueComparison comparison, Map<String, Integer> lifeSituations, int version) {
        Map<String, CatalogueChanges.Kind> kinds = comparison.ozgKinds();
        List<Catalogue.OzgService> added = new ArrayList<>();
        List<Object[]> changed = new ArrayList<>();
        for (Catalogue.OzgService service : catalogue.ozgServices()) {
            CatalogueChanges.Kind kind = kinds.get(service.ozgId());
            if (kind == CatalogueChanges.Kind.ADDED) {
                added.add(service);
            } else if (kind == CatalogueChanges.Kind.CHANGED) {
                changed.add(new Object[] {
                    service.name(),
                    lifeSituations.get(service.topic() + "|" + service.lifeSituation()),
                    version,
                    service.ozgId()
                });
            }
        }
        jdbcTemplate.batchUpdate(
                """
                update catalogue_ozg_service set name = ?, life_situation_id = ?, changed_in = ?, withdrawn_in = null
                where ozg_id = ?
                """,
                changed);
        copy("catalogue_ozg_service (ozg_id, name, life_situation_id, added_in)", added, service -> new Object[] {
            service.ozgId(),
            service.name(),
            lifeSituations.get(service.topic() + "|" + service.lifeSituation()),
            version
        });
        List<String> withdrawn = comparison.changes().ozgServices().stream()
                .filter(change -> change.kind() == CatalogueChanges.Kind.WITHDRAWN)
                .map(CatalogueChanges.Change::key)
                .toList();
        if (!withdrawn.isEmpty()) {
            jdbc.sql("update catalogue_ozg_service set withdrawn_in = ? where ozg_id = any(?)")
                    .params(version, withdrawn.toArray(String[]::new))
                    .update();
        }
    }

    private void applyLeikaServices(Catalogue catalogue, CatalogueComparison comparison, int version) {
        List<Catalogue.LeikaService> added = new ArrayList<>();
        List<Object[]> changed = new ArrayList<>();
        for (Catalogue.LeikaService service : catalogue.leikaServices()) {
            CatalogueChanges.Kind kind = comparison.leikaKinds().get(service.identity());
            if (kind == CatalogueChanges.Kind.ADDED) {
                added.add(service);
            } else if (kind == CatalogueChanges.Kind.CHANGED) {
                changed.add(new Object[] {
                    service.name(),
                    service.type(),
                    service.ozgId(),
                    service.sdg1(),
                    service.sdg2(),
                    service.legalBasis(),
                    service.laws(),
                    service.lawAbbreviations(),
                    version,
                    service.key(),
                    service.key(),
                    service.ozgId(),
                    service.name()
                });
            }
        }
        jdbcTemplate.batchUpdate(
                "update catalogue_leika_service set name = ?, leika_type = ?, ozg_id = ?, sdg1 = ?, sdg2 = ?,"
                        + " legal_basis = ?, laws = ?, law_abbreviations = ?, changed_in = ?, withdrawn_in = null"
                        + " where " + IDENTITY,
                changed);
        copy(
                "catalogue_leika_service (leika_key, name, leika_type, ozg_id, sdg1, sdg2, legal_basis, laws,"
                        + " law_abbreviations, added_in)",
                added,
                service -> new Object[] {
                    service.key(),
                    service.name(),
                    service.type(),
                    service.ozgId(),
                    service.sdg1(),
                    service.sdg2(),
                    service.legalBasis(),
                    service.laws(),
                    service.lawAbbreviations(),
                    version
                });
        jdbcTemplate.batchUpdate(
                "update catalogue_leika_service set withdrawn_in = ? where " + IDENTITY,
                comparison.withdrawnLeika().stream()
                        .map(service ->
                                new Object[] {version, service.key(), service.key(), service.ozgId(), service.name()})
                        .toList());
    }

    /** Inserts the rows with PostgreSQL's COPY: one round trip instead of one per row. */
    private <T> void copy(String tableAndColumns, List<T> rows, Function<T, Object[]> values) {
        if (rows.isEmpty()) {
            return;
        }
        var csv = new StringBuilder(rows.size() * 200);
        try (var printer = new CSVPrinter(csv, CSVFormat.RFC4180)) {
            for (T row : rows) {
                printer.printRecord(values.apply(row));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String sql = "copy " + tableAndColumns + " from stdin (format csv)";
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
