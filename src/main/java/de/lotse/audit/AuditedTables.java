package de.lotse.audit;

import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.envers.Audited;
import org.hibernate.persister.entity.AbstractEntityPersister;
import org.hibernate.persister.entity.EntityPersister;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The record types that are audited: the tables of the entities marked {@code @Audited}, each with
 * its history in {@code <table>_aud}. Only these names ever go into SQL, so a record type from a URL
 * cannot inject anything.
 */
@Component
class AuditedTables {

    /** Columns of a history table that are bookkeeping, not properties of the record. */
    static final Set<String> BOOKKEEPING = Set.of("id", "rev", "revtype", "tenant_id");

    private final Set<String> recordTypes;
    private final JdbcClient jdbc;
    private final Map<String, List<String>> columns = new ConcurrentHashMap<>();

    AuditedTables(EntityManagerFactory entityManagerFactory, JdbcClient jdbc) {
        this.jdbc = jdbc;
        SessionFactoryImplementor sessionFactory = entityManagerFactory.unwrap(SessionFactoryImplementor.class);
        Set<String> types = new TreeSet<>();
        for (var entity : entityManagerFactory.getMetamodel().getEntities()) {
            if (entity.getJavaType() != null && entity.getJavaType().isAnnotationPresent(Audited.class)) {
                EntityPersister persister =
                        sessionFactory.getMappingMetamodel().getEntityDescriptor(entity.getJavaType());
                if (persister instanceof AbstractEntityPersister table) {
                    types.add(table.getTableName());
                }
            }
        }
        this.recordTypes = Set.copyOf(types);
    }

    /** The audited record types, by name. */
    List<String> recordTypes() {
        return recordTypes.stream().sorted().toList();
    }

    boolean isAudited(String recordType) {
        return recordType != null && recordTypes.contains(recordType);
    }

    /** The history table of an audited record type. */
    String historyTable(String recordType) {
        if (!isAudited(recordType)) {
            throw new IllegalArgumentException("not audited: " + recordType);
        }
        return recordType + "_aud";
    }

    /** The record's properties in a history table, in column order. */
    List<String> propertyColumns(String recordType) {
        String table = historyTable(recordType);
        return columns.computeIfAbsent(recordType, type -> jdbc
                .sql(
                        """
                        select column_name from information_schema.columns
                        where table_schema = current_schema() and table_name = :table
                        order by ordinal_position
                        """)
                .param("table", table)
                .query(String.class)
                .list()
                .stream()
                .filter(column -> !BOOKKEEPING.contains(column))
                .toList());
    }
}
