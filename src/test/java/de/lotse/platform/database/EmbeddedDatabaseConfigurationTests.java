package de.lotse.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

class EmbeddedDatabaseConfigurationTests {

    private final EmbeddedDatabaseConfiguration configuration = new EmbeddedDatabaseConfiguration();

    @Test
    void keepsItsDataInTheDataFolderAcrossRestarts(@TempDir Path data) throws Exception {
        var properties = new EmbeddedDatabaseProperties(data.resolve("postgres").toString(), 0);

        try (EmbeddedPostgres first = configuration.embeddedPostgres(properties)) {
            JdbcClient.create(dataSource(first))
                    .sql("create table kept (name text)")
                    .update();
            JdbcClient.create(dataSource(first))
                    .sql("insert into kept values ('Musterstadt')")
                    .update();
        }
        try (EmbeddedPostgres second = configuration.embeddedPostgres(properties)) {
            String name = JdbcClient.create(dataSource(second))
                    .sql("select name from kept")
                    .query(String.class)
                    .single();
            assertThat(name).isEqualTo("Musterstadt");
        }
        assertThat(data.resolve("postgres/PG_VERSION")).exists();
    }

    private DataSource dataSource(EmbeddedPostgres postgres) {
        return configuration.dataSource(postgres);
    }
}
