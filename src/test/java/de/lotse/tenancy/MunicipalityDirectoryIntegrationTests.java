package de.lotse.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import de.lotse.LotseIntegrationTest;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

@LotseIntegrationTest
class MunicipalityDirectoryIntegrationTests {

    private static final Logger log = LoggerFactory.getLogger(MunicipalityDirectoryIntegrationTests.class);

    private static final LocalDate SHIPPED_GEBIETSSTAND = LocalDate.of(2025, 11, 30);

    /** A small directory with a Gebietsstand after the shipped one. */
    private static final String NEWER = "classpath:reference/gemeindeverzeichnis-2026/";

    @Autowired
    MunicipalityDirectory directory;

    @Autowired
    MunicipalityDirectoryLoader loader;

    @Autowired
    JdbcClient jdbc;

    @Test
    void holdsTheWholeShippedDirectory() {
        assertThat(directory.gebietsstand()).contains(SHIPPED_GEBIETSSTAND);
        assertThat(count("directory_land")).isEqualTo(16);
        assertThat(count("directory_kreis")).isEqualTo(400);
        assertThat(count("directory_gemeindeverband")).isEqualTo(4590);
        assertThat(count("directory_gemeinde")).isEqualTo(10_953);
    }

    @Test
    void findsAMunicipalityByItsAgs() {
        assertThat(directory.findByAgs("08111000")).hasValueSatisfying(stuttgart -> {
            assertThat(stuttgart.name()).isEqualTo("Stuttgart, Landeshauptstadt");
            assertThat(stuttgart.shortName()).isEqualTo("Stuttgart");
            assertThat(stuttgart.ars()).isEqualTo("081110000000");
            assertThat(stuttgart.type()).isEqualTo("Stadtkreis");
            assertThat(stuttgart.land()).isEqualTo("Baden-Württemberg");
            assertThat(stuttgart.kreis()).isEqualTo("Stuttgart, Stadtkreis");
            assertThat(stuttgart.population()).isGreaterThan(600_000);
            assertThat(stuttgart.postcode()).isEqualTo("70173");
        });
        assertThat(directory.findByAgs("08111999")).isEmpty();
        assertThat(directory.findByAgs("0811100")).isEmpty();
        assertThat(directory.findByAgs(null)).isEmpty();
    }

    @Test
    void findsNamesWrittenWithoutUmlautsAndSuffixes() {
        assertThat(directory.search("muenchen", 5))
                .first()
                .extracting(DirectoryMunicipality::name)
                .isEqualTo("München, Landeshauptstadt");
        assertThat(directory.search("MÜNCHEN", 5))
                .first()
                .extracting(DirectoryMunicipality::ags)
                .isEqualTo("09162000");
        assertThat(directory.search("Stuttgart", 10))
                .first()
                .extracting(DirectoryMunicipality::name)
                .isEqualTo("Stuttgart, Landeshauptstadt");
        assertThat(directory.search("Stuttgart, Landeshauptstadt", 10))
                .first()
                .extracting(DirectoryMunicipality::ags)
                .isEqualTo("08111000");
    }

    @Test
    void ranksExactAndPrefixMatchesBeforeSubstringMatches() {
        // exact: München; prefix: Münchenbernsdorf; substring: Grafing b.München and others
        assertThat(directory.search("muenchen", 10))
                .extracting(DirectoryMunicipality::name)
                .startsWith("München, Landeshauptstadt", "Münchenbernsdorf, Stadt")
                .contains("Grafing b.München, St", "Garching b.München, St");
        // both Frankfurts are prefix matches; the bigger one comes first
        assertThat(directory.search("frankfurt", 10))
                .extracting(DirectoryMunicipality::name)
                .startsWith("Frankfurt am Main, Stadt", "Frankfurt (Oder), Stadt");
    }

    @Test
    void findsByKeyPrefixAndPostcode() {
        assertThat(directory.search("08111000", 10))
                .singleElement()
                .extracting(DirectoryMunicipality::name)
                .isEqualTo("Stuttgart, Landeshauptstadt");
        assertThat(directory.search("081110000000", 10))
                .singleElement()
                .extracting(DirectoryMunicipality::ags)
                .isEqualTo("08111000");
        // the first digits of an AGS: all municipalities of the Kreis Esslingen (08116), the biggest first
        assertThat(directory.search("08116", 100))
                .hasSizeGreaterThan(40)
                .allSatisfy(gemeinde -> assertThat(gemeinde.ags()).startsWith("08116"))
                .first()
                .extracting(DirectoryMunicipality::shortName)
                .isEqualTo("Esslingen am Neckar");
        assertThat(directory.search("80313", 10))
                .extracting(DirectoryMunicipality::name)
                .containsExactly("München, Landeshauptstadt");
        assertThat(directory.search("70173", 10))
                .extracting(DirectoryMunicipality::ags)
                .containsExactly("08111000");
    }

    @Test
    void returnsNothingForEmptyQueriesAndBoundsTheResults() {
        assertThat(directory.search("", 10)).isEmpty();
        assertThat(directory.search(" ,. ", 10)).isEmpty();
        assertThat(directory.search(null, 10)).isEmpty();
        assertThat(directory.search("berg", 0)).isEmpty();
        assertThat(directory.search("berg", 5)).hasSize(5);
        assertThat(directory.search("berg", 10_000)).hasSize(MunicipalityDirectory.MAX_RESULTS);
        assertThat(directory.search("xyzzy", 10)).isEmpty();
    }

    @Test
    void searchesTheWholeDirectoryInMilliseconds() {
        String[] queries = {"muenchen", "Stuttgart", "frankfurt", "berg", "08116", "70173", "neu"};
        for (String query : queries) { // warm up: connection pool, plans, JIT
            directory.search(query, 20);
        }
        int rounds = 20;
        long start = System.nanoTime();
        for (int round = 0; round < rounds; round++) {
            for (String query : queries) {
                directory.search(query, 20);
            }
        }
        double millisPerSearch = (System.nanoTime() - start) / 1e6 / (rounds * queries.length);
        log.info("Municipality directory search: {} ms on average", String.format("%.2f", millisPerSearch));
        assertThat(millisPerSearch).isLessThan(50);
    }

    @Test
    void loadingTheSameGebietsstandAgainChangesNothing() {
        OffsetDateTime loadedAt = loadedAt();

        var result = loader.load(Gemeindeverzeichnis.SHIPPED);

        log.info(
                "Second load of the shipped directory: {} ms", result.duration().toMillis());
        assertThat(result.outcome()).isEqualTo(MunicipalityDirectoryLoader.Outcome.ALREADY_CURRENT);
        assertThat(result.duration().toMillis()).isLessThan(500);
        assertThat(loadedAt()).isEqualTo(loadedAt);
        assertThat(count("directory_gemeinde")).isEqualTo(10_953);
    }

    @Test
    @Transactional // rolled back: the other tests keep the shipped directory
    void aNewerGebietsstandReplacesTheDirectory() {
        var result = loader.load(NEWER);

        assertThat(result.outcome()).isEqualTo(MunicipalityDirectoryLoader.Outcome.LOADED);
        assertThat(directory.gebietsstand()).contains(LocalDate.of(2026, 6, 30));
        assertThat(count("directory_land")).isEqualTo(1);
        assertThat(count("directory_kreis")).isEqualTo(1);
        assertThat(count("directory_gemeinde")).isEqualTo(2);
        assertThat(directory.findByAgs("09162000")).isEmpty();
        assertThat(directory.findByAgs("08111000"))
                .map(DirectoryMunicipality::population)
                .contains(700_000);
        assertThat(directory.search("neuweiler", 5)).singleElement().satisfies(neuweiler -> {
            assertThat(neuweiler.ags()).isEqualTo("08111999");
            assertThat(neuweiler.postcode()).isNull();
        });

        // the older directory shipped in the jar does not replace a newer one
        assertThat(loader.load(Gemeindeverzeichnis.SHIPPED).outcome())
                .isEqualTo(MunicipalityDirectoryLoader.Outcome.ALREADY_CURRENT);
        assertThat(count("directory_gemeinde")).isEqualTo(2);
    }

    @Test
    void twoNodesStartingAtOnceLoadTheDirectoryOnce() throws Exception {
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            Callable<MunicipalityDirectoryLoader.Outcome> start =
                    () -> loader.load(NEWER).outcome();

            var outcomes = nodes.invokeAll(List.of(start, start));

            assertThat(outcomes)
                    .extracting(Future::get)
                    .containsExactlyInAnyOrder(
                            MunicipalityDirectoryLoader.Outcome.LOADED,
                            MunicipalityDirectoryLoader.Outcome.ALREADY_CURRENT);
            assertThat(count("directory_gemeinde")).isEqualTo(2);
        } finally {
            nodes.shutdown();
            // back to the shipped directory for the other tests
            jdbc.sql("delete from directory_gebietsstand").update();
            loader.load(Gemeindeverzeichnis.SHIPPED);
        }
        assertThat(count("directory_gemeinde")).isEqualTo(10_953);
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    private OffsetDateTime loadedAt() {
        return jdbc.sql("select loaded_at from directory_gebietsstand")
                .query(OffsetDateTime.class)
                .single();
    }
}
