package de.lotse.platform.database;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the embedded PostgreSQL keeps its data when no database is configured.
 *
 * @param dataDirectory the folder of the database cluster; kept across restarts. Empty means a
 *     fresh temporary cluster that is deleted when Lotse stops (used by the tests).
 * @param port the port the server listens on; 0 picks a free one
 */
@ConfigurationProperties("lotse.embedded-database")
record EmbeddedDatabaseProperties(@DefaultValue("data/postgres") String dataDirectory, @DefaultValue("0") int port) {}
