package de.lotse.audit;

import de.lotse.platform.RecordParts;
import de.lotse.tenancy.CurrentTenant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the audit trail of the current municipality: the history of one record, and the list of all
 * changes for administrators. Envers writes it; nothing here changes it.
 */
@Service
@Transactional(readOnly = true)
public class AuditTrail {

    /** German municipalities: days and times of the trail are German time. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    /** Changes whose states one query reads; PostgreSQL takes at most 65,535 parameters. */
    private static final int STATES_PER_QUERY = 500;

    private static final NavigableMap<Long, Map<String, Object>> EMPTY = new TreeMap<>();

    private final AuditedTables tables;
    private final JdbcClient jdbc;
    private final Map<String, Set<String>> parts = new HashMap<>();

    AuditTrail(AuditedTables tables, JdbcClient jdbc, List<RecordParts> parts) {
        this.tables = tables;
        this.jdbc = jdbc;
        parts.forEach(declared -> this.parts
                .computeIfAbsent(declared.recordType(), type -> new java.util.TreeSet<>())
                .addAll(declared.partTypes()));
    }

    /** The record types with a history, e.g. {@code department}. */
    public List<String> recordTypes() {
        return tables.recordTypes();
    }

    /**
     * The changes of one record and of the records that belong to it (its {@link RecordParts}), newest
     * first; empty for unknown types and records.
     */
    public List<AuditEntry> historyOf(String recordType, String recordId) {
        List<UUID> id = uuids(List.of(recordId));
        if (!tables.isAudited(recordType) || id.isEmpty()) {
            return List.of();
        }
        StringBuilder changes = new StringBuilder("select rev, '" + recordType + "' as record_type, id, revtype from "
                + tables.historyTable(recordType) + " where id = :id");
        String reference = recordType + "_id";
        for (String part : parts.getOrDefault(recordType, Set.of())) {
            if (tables.isAudited(part) && tables.propertyColumns(part).contains(reference)) {
                changes.append(" union all select rev, '")
                        .append(part)
                        .append("', id, revtype from ")
                        .append(tables.historyTable(part))
                        .append(" where ")
                        .append(reference)
                        .append(" = :id");
            }
        }
        List<Row> rows = jdbc.sql("select r.id as revision, r.changed_at, r.author_id, r.author_name,"
                        + " c.record_type, c.id::text as record_id, c.revtype from (" + changes + ") c"
                        + " join audit_revision r on r.id = c.rev"
                        + " where r.tenant_id = :tenant order by r.id desc, c.record_type <> :type, c.record_type")
                .param("type", recordType)
                .param("tenant", tenant())
                .param("id", id.get(0))
                .query(AuditTrail::row)
                .list();
        return entries(rows, true);
    }

    /** The changes matching the filter, newest first, one page of them. */
    public Page<AuditEntry> search(AuditFilter filter, Pageable pageable) {
        List<String> types = filter.recordType() == null || filter.recordType().isBlank()
                ? tables.recordTypes()
                : tables.isAudited(filter.recordType()) ? List.of(filter.recordType()) : List.of();
        if (types.isEmpty()) {
            return Page.empty(pageable);
        }
        String changes = types.stream()
                .map(type -> "select rev, '" + type + "' as record_type, id::text as record_id, revtype from "
                        + tables.historyTable(type))
                .collect(Collectors.joining(" union all "));
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder(" where r.tenant_id = :tenant");
        params.put("tenant", tenant());
        if (filter.systemOnly()) {
            where.append(" and r.author_id is null");
        } else if (filter.author() != null) {
            where.append(" and r.author_id = :author");
            params.put("author", filter.author());
        }
        if (filter.from() != null) {
            where.append(" and r.changed_at >= :from");
            params.put("from", startOf(filter.from()));
        }
        if (filter.to() != null) {
            where.append(" and r.changed_at < :to");
            params.put("to", startOf(filter.to().plusDays(1)));
        }
        String from = " from (" + changes + ") c join audit_revision r on r.id = c.rev" + where;
        long total = jdbc.sql("select count(*)" + from)
                .params(params)
                .query(Long.class)
                .single();
        if (total == 0) {
            return Page.empty(pageable);
        }
        List<Row> rows = jdbc.sql("select r.id as revision, r.changed_at, r.author_id, r.author_name,"
                        + " c.record_type, c.record_id, c.revtype"
                        + from
                        + " order by r.id desc, c.record_type, c.record_id"
                        + (pageable.isPaged() ? " limit :limit offset :offset" : ""))
                .params(params)
                .params(
                        pageable.isPaged()
                                ? Map.of("limit", pageable.getPageSize(), "offset", pageable.getOffset())
                                : Map.of())
                .query(AuditTrail::row)
                .list();
        return new PageImpl<>(entries(rows, false), pageable, total);
    }

    /** The people (and "system") who changed something in the municipality, by name. */
    public List<AuditAuthor> authors() {
        return jdbc
                .sql(
                        """
                        select distinct on (author_id) author_id, author_name from audit_revision
                        where tenant_id = :tenant order by author_id, id desc
                        """)
                .param("tenant", tenant())
                .query((rs, n) -> new AuditAuthor(rs.getObject("author_id", UUID.class), rs.getString("author_name")))
                .list()
                .stream()
                .sorted(Comparator.comparing(AuditAuthor::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    private record Row(
            long revision,
            OffsetDateTime at,
            UUID authorId,
            String authorName,
            String recordType,
            String recordId,
            ChangeKind kind) {}

    private static Row row(java.sql.ResultSet rs, int rowNumber) throws java.sql.SQLException {
        return new Row(
                rs.getLong("revision"),
                rs.getObject("changed_at", OffsetDateTime.class),
                rs.getObject("author_id", UUID.class),
                rs.getString("author_name"),
                rs.getString("record_type"),
                rs.getString("record_id"),
                ChangeKind.ofRevisionType(rs.getInt("revtype")));
    }

    /** Adds to each change what it did to the record's properties, compared with the state before. */
    private List<AuditEntry> entries(List<Row> rows, boolean wholeHistories) {
        Map<String, Map<String, NavigableMap<Long, Map<String, Object>>>> statesByType = new HashMap<>();
        Map<String, Map<String, String>> namesByType = new HashMap<>();
        rows.stream().collect(Collectors.groupingBy(Row::recordType)).forEach((type, ofType) -> {
            statesByType.put(type, wholeHistories ? wholeHistories(type, ofType) : states(type, ofType));
            namesByType.put(type, names(type, ofType.stream().map(Row::recordId).collect(Collectors.toSet())));
        });
        List<AuditEntry> entries = new ArrayList<>(rows.size());
        for (Row row : rows) {
            NavigableMap<Long, Map<String, Object>> states =
                    statesByType.get(row.recordType()).getOrDefault(row.recordId(), EMPTY);
            Map<String, Object> after = states.get(row.revision());
            Map.Entry<Long, Map<String, Object>> previous = states.lowerEntry(row.revision());
            Map<String, Object> before = previous == null ? null : previous.getValue();
            List<PropertyChange> changes = changes(row, before, after);
            entries.add(new AuditEntry(
                    row.revision(),
                    row.at().atZoneSameInstant(ZONE),
                    row.authorId(),
                    row.authorName(),
                    row.recordType(),
                    row.recordId(),
                    namesByType.get(row.recordType()).get(row.recordId()),
                    row.kind(),
                    changes));
        }
        return withLabels(entries);
    }

    private List<PropertyChange> changes(Row row, Map<String, Object> before, Map<String, Object> after) {
        List<PropertyChange> changes = new ArrayList<>();
        for (String column : tables.propertyColumns(row.recordType())) {
            String oldValue =
                    switch (row.kind()) {
                        case CREATED -> null;
                        case CHANGED -> text(before, column);
                        // Envers keeps the last state in the deletion's row
                        case DELETED -> after != null ? text(after, column) : text(before, column);
                    };
            String newValue = row.kind() == ChangeKind.DELETED ? null : text(after, column);
            if (!Objects.equals(oldValue, newValue)) {
                changes.add(new PropertyChange(column, oldValue, newValue, null, null));
            }
        }
        return changes;
    }

    /** All states of the records, per record in revision order. */
    private Map<String, NavigableMap<Long, Map<String, Object>>> wholeHistories(String recordType, List<Row> rows) {
        Map<String, NavigableMap<Long, Map<String, Object>>> states = new HashMap<>();
        jdbc.sql("select *, id::text as record_id from " + tables.historyTable(recordType)
                        + " where tenant_id = :tenant and id in (:ids) order by rev")
                .param("tenant", tenant())
                .param("ids", uuids(rows.stream().map(Row::recordId).collect(Collectors.toSet())))
                .query()
                .listOfRows()
                .forEach(state -> states.computeIfAbsent((String) state.get("record_id"), id -> new TreeMap<>())
                        .put(revision(state), state));
        return states;
    }

    /**
     * The states a change needs, per record in revision order: the state it left and the one before.
     * Only these are read, however long a record's history is.
     */
    private Map<String, NavigableMap<Long, Map<String, Object>>> states(String recordType, List<Row> rows) {
        Map<String, NavigableMap<Long, Map<String, Object>>> byRecord = new HashMap<>();
        for (int start = 0; start < rows.size(); start += STATES_PER_QUERY) {
            List<Row> chunk = rows.subList(start, Math.min(rows.size(), start + STATES_PER_QUERY));
            Map<String, Object> params = new HashMap<>();
            StringBuilder changes = new StringBuilder();
            for (int i = 0; i < chunk.size(); i++) {
                Row row = chunk.get(i);
                List<UUID> id = uuids(List.of(row.recordId()));
                if (id.isEmpty()) {
                    continue;
                }
                changes.append(changes.isEmpty() ? "" : ", ")
                        .append("(cast(:id")
                        .append(i)
                        .append(" as uuid), cast(:rev")
                        .append(i)
                        .append(" as bigint))");
                params.put("id" + i, id.get(0));
                params.put("rev" + i, row.revision());
            }
            if (changes.isEmpty()) {
                continue;
            }
            params.put("tenant", tenant());
            jdbc.sql("select s.*, s.id::text as record_id from (values " + changes + ") as c (id, rev)"
                            + " cross join lateral (select * from " + tables.historyTable(recordType) + " a"
                            + " where a.tenant_id = :tenant and a.id = c.id and a.rev <= c.rev"
                            + " order by a.rev desc limit 2) s")
                    .params(params)
                    .query()
                    .listOfRows()
                    .forEach(state -> byRecord.computeIfAbsent((String) state.get("record_id"), id -> new TreeMap<>())
                            .put(revision(state), state));
        }
        return byRecord;
    }

    private static long revision(Map<String, Object> state) {
        return ((Number) state.get("rev")).longValue();
    }

    /**
     * Names values that refer to another record of the same type (such as a department's parent) by
     * that record's latest name, where the type has a name.
     */
    private List<AuditEntry> withLabels(List<AuditEntry> entries) {
        Map<String, Map<String, String>> labelsByType = new HashMap<>();
        Map<String, Set<String>> references = new HashMap<>();
        for (AuditEntry entry : entries) {
            for (PropertyChange change : entry.changes()) {
                if (change.property().endsWith("_id")) {
                    Set<String> ids = references.computeIfAbsent(entry.recordType(), type -> new HashSet<>());
                    if (change.oldValue() != null) ids.add(change.oldValue());
                    if (change.newValue() != null) ids.add(change.newValue());
                }
            }
        }
        references.forEach((type, ids) -> labelsByType.put(type, names(type, ids)));
        if (labelsByType.isEmpty()) {
            return entries;
        }
        return entries.stream()
                .map(entry -> {
                    Map<String, String> labels = labelsByType.getOrDefault(entry.recordType(), Map.of());
                    List<PropertyChange> changes = entry.changes().stream()
                            .map(change -> change.property().endsWith("_id")
                                    ? new PropertyChange(
                                            change.property(),
                                            change.oldValue(),
                                            change.newValue(),
                                            label(labels, change.oldValue()),
                                            label(labels, change.newValue()))
                                    : change)
                            .toList();
                    return new AuditEntry(
                            entry.revision(),
                            entry.at(),
                            entry.authorId(),
                            entry.authorName(),
                            entry.recordType(),
                            entry.recordId(),
                            entry.recordName(),
                            entry.kind(),
                            changes);
                })
                .toList();
    }

    /** The name of a referenced record; none for an empty reference (immutable maps refuse null keys). */
    private static String label(Map<String, String> labels, String id) {
        return id == null ? null : labels.get(id);
    }

    private Map<String, String> names(String recordType, Collection<String> ids) {
        List<UUID> uuids = uuids(ids);
        if (uuids.isEmpty() || !tables.propertyColumns(recordType).contains("name")) {
            return Map.of();
        }
        Map<String, String> names = new HashMap<>();
        jdbc.sql("select distinct on (id) id::text as record_id, name from " + tables.historyTable(recordType)
                        + " where tenant_id = :tenant and id in (:ids) and name is not null"
                        + " order by id, rev desc")
                .param("tenant", tenant())
                .param("ids", uuids)
                .query((rs, n) -> names.put(rs.getString("record_id"), rs.getString("name")))
                .list();
        return names;
    }

    private static String text(Map<String, Object> state, String column) {
        if (state == null) {
            return null;
        }
        Object value = state.get(column);
        return value == null ? null : value.toString();
    }

    /** Records in Lotse are identified by UUIDs; anything else identifies nothing. */
    private static List<UUID> uuids(Collection<String> ids) {
        List<UUID> uuids = new ArrayList<>(ids.size());
        for (String id : ids) {
            try {
                uuids.add(UUID.fromString(id));
            } catch (IllegalArgumentException e) {
                // not an id: matches no record
            }
        }
        return uuids;
    }

    private static OffsetDateTime startOf(LocalDate day) {
        return day.atStartOfDay(ZONE).toOffsetDateTime();
    }

    private static UUID tenant() {
        return CurrentTenant.require().value();
    }
}
