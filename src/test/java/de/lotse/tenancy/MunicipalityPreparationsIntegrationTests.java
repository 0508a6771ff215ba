package de.lotse.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import de.lotse.LotseIntegrationTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A database from before, whose municipalities got their service rows and topics on first read,
 * is completed at start: a municipality that lacks them has them after the start-up step.
 */
@LotseIntegrationTest
class MunicipalityPreparationsIntegrationTests {

    @Autowired
    MunicipalityPreparations preparations;

    @Autowired
    MunicipalityRepository municipalities;

    @Autowired
    TenantFixture tenants;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aStartGivesMunicipalitiesFromBeforeTheirServiceRowsAndTopics() {
        String slug = "vorher-" + UUID.randomUUID();
        MunicipalityId before = transaction
                .execute(status -> municipalities.save(new Municipality("Vorherdorf " + slug, "00000331", slug)))
                .id();
        // as an older Lotse left it: nothing made until its pages were read
        tenants.as(before, () -> {
            for (String table : new String[] {"service_status", "service_status_sync", "topic", "topic_seeding"}) {
                jdbc.sql("delete from " + table).update();
            }
            return null;
        });
        assertThat(rowsOf(before)).isZero();

        preparations.started();

        assertThat(tenants.as(before, () -> jdbc.sql("select count(*) from service_status")
                        .query(Long.class)
                        .single()))
                .isPositive();
        assertThat(tenants.as(before, () -> jdbc.sql("select count(*) from topic")
                        .query(Long.class)
                        .single()))
                .isEqualTo(12);
        long prepared = rowsOf(before);
        preparations.started();
        assertThat(rowsOf(before)).as("a second start changes nothing").isEqualTo(prepared);
    }

    private long rowsOf(MunicipalityId municipality) {
        return tenants.as(municipality, () -> jdbc.sql("select (select count(*) from service_status)"
                        + " + (select count(*) from topic) + (select count(*) from topic_seeding)")
                .query(Long.class)
                .single());
    }
}
