package de.lotse.platform;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Serialises the transactions that add to the same parent record (a link between two records, a
 * value per day, the next position of a list): whoever holds the lock checks and inserts, the others
 * wait and then see what it inserted instead of failing on a unique key or doubling a position.
 */
@Component
public class TransactionLocks {

    private final JdbcClient jdbc;

    TransactionLocks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Waits until no other transaction holds the lock of this kind and key, and holds it until the
     * current transaction ends. A PostgreSQL advisory lock: it needs no privilege on any table, and
     * two keys sharing a hash only wait for each other.
     *
     * @param kind what is added, e.g. {@code "application_project"}
     * @param key the parent record's id
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void lock(String kind, Object key) {
        jdbc.sql("select 1 from (select pg_advisory_xact_lock(hashtextextended(:name, 0))) locked")
                .param("name", kind + ':' + key)
                .query(Integer.class)
                .single();
    }
}
