package de.lotse.audit;

import de.lotse.identity.SecurityEvent;
import de.lotse.tenancy.CurrentTenant;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the security events of the current municipality (logins, failed logins, role changes,
 * memberships, password resets, API tokens), newest first and paged in the database. Nothing here
 * changes them; the application's database role cannot either.
 */
@Service
@Transactional(readOnly = true)
public class SecurityLog {

    private final JdbcClient jdbc;

    SecurityLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One page of the events the filter lets through. */
    public Page<SecurityLogEntry> search(SecurityLogFilter filter, Pageable pageable) {
        StringBuilder where = new StringBuilder(" where tenant_id = :tenant");
        Map<String, Object> params = new HashMap<>();
        params.put("tenant", CurrentTenant.require().value());
        if (filter.person() != null) {
            where.append(" and (actor_id = :person or account_id = :person)");
            params.put("person", filter.person());
        }
        if (filter.kind() != null) {
            where.append(" and kind = :kind");
            params.put("kind", filter.kind().name());
        }
        if (filter.from() != null) {
            where.append(" and occurred_at >= :from");
            params.put(
                    "from",
                    Timestamp.from(filter.from().atStartOfDay(AuditTrail.ZONE).toInstant()));
        }
        if (filter.to() != null) {
            where.append(" and occurred_at < :to");
            params.put(
                    "to",
                    Timestamp.from(filter.to()
                            .plusDays(1)
                            .atStartOfDay(AuditTrail.ZONE)
                            .toInstant()));
        }
        long total = jdbc.sql("select count(*) from security_event" + where)
                .params(params)
                .query(Long.class)
                .single();
        List<SecurityLogEntry> entries = jdbc.sql(
                        "select occurred_at, kind, actor_id, actor_name, account_id, account_name, client_address,"
                                + " detail from security_event" + where
                                + " order by occurred_at desc, id desc limit :limit offset :offset")
                .params(params)
                .param("limit", pageable.getPageSize())
                .param("offset", pageable.getOffset())
                .query(SecurityLog::entry)
                .list();
        return new PageImpl<>(entries, pageable, total);
    }

    /** The people who appear in the municipality's security events, by name. */
    public List<AuditAuthor> people() {
        List<AuditAuthor> people = new ArrayList<>(jdbc.sql(
                        """
                        select distinct on (id) id, name from (
                            select actor_id as id, actor_name as name, occurred_at from security_event
                            where tenant_id = :tenant and actor_id is not null
                            union all
                            select account_id, account_name, occurred_at from security_event
                            where tenant_id = :tenant and account_id is not null) people
                        order by id, occurred_at desc
                        """)
                .param("tenant", CurrentTenant.require().value())
                .query((rs, n) -> new AuditAuthor(rs.getObject("id", UUID.class), rs.getString("name")))
                .list());
        people.sort(Comparator.comparing(AuditAuthor::name, Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER)));
        return people;
    }

    private static SecurityLogEntry entry(ResultSet rs, int row) throws SQLException {
        return new SecurityLogEntry(
                rs.getTimestamp("occurred_at").toInstant().atZone(AuditTrail.ZONE),
                SecurityEvent.Kind.valueOf(rs.getString("kind")),
                rs.getObject("actor_id", UUID.class),
                rs.getString("actor_name"),
                rs.getObject("account_id", UUID.class),
                rs.getString("account_name"),
                rs.getString("client_address"),
                rs.getString("detail"));
    }
}
