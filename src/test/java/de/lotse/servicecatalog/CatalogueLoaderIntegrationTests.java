package de.lotse.servicecatalog;

import static org.assertj.core.api.Assertions.assertThat;

import de.lotse.LotseIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ResourceLoader;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;

@LotseIntegrationTest
class CatalogueLoaderIntegrationTests {

    @Autowired
    CatalogueLoader loader;

    @Autowired
    ServiceCatalogue catalogue;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ResourceLoader resources;

    @Test
    void theShippedCatalogueIsLoadedCompletelyAndOnlyOnce() {
        assertThat(count("select count(*) from catalogue_ozg_service")).isEqualTo(557);
        assertThat(count("select count(distinct leika_key) from catalogue_leika_service"))
                .isEqualTo(4813);
        assertThat(count("select count(*) from catalogue_topic")).isEqualTo(14);
        assertThat(count("select count(*) from catalogue_life_situation")).isEqualTo(58);
        assertThat(catalogue.versions())
                .filteredOn(version -> version.appliedBy().equals(CatalogueLoader.SHIPPED))
                .singleElement()
                .satisfies(version -> {
                    assertThat(version.contentDate()).hasToString("2019-10-05");
                    assertThat(version.ozgServices()).isEqualTo(557);
                });

        long versions = count("select count(*) from catalogue_version");
        assertThat(loader.load(ShippedCatalogue.from(resources))).isEqualTo(CatalogueLoader.Outcome.ALREADY_APPLIED);
        assertThat(count("select count(*) from catalogue_version")).isEqualTo(versions);
    }

    @Test
    void findsServicesByOzgIdLeikaKeyAndName() {
        assertThat(catalogue.search(new CatalogueQuery("10513", null, null), PageRequest.of(0, 10)))
                .extracting(CatalogueService::ozgName)
                .contains("Abbruchgenehmigung");
        assertThat(catalogue.search(new CatalogueQuery("99012001000000", null, null), PageRequest.of(0, 10)))
                .singleElement()
                .satisfies(service -> {
                    assertThat(service.name()).isEqualTo("Abbruchgenehmigung");
                    assertThat(service.topic()).isEqualTo("Bauen & Wohnen");
                });
        // German stemming: the plural finds the singular
        assertThat(catalogue.search(new CatalogueQuery("Abbruchgenehmigungen", null, null), PageRequest.of(0, 10)))
                .extracting(CatalogueService::key)
                .contains("99012001000000");
        assertThat(catalogue.ozgService("10513")).hasValueSatisfying(service -> assertThat(service.services())
                .extracting(CatalogueService::key)
                .contains("99012001000000"));
        assertThat(catalogue.tree().topics()).hasSize(14);
        assertThat(catalogue.tree().topics().stream()
                        .mapToInt(CatalogueTree.Topic::ozgServiceCount)
                        .sum())
                .isEqualTo(557);
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
