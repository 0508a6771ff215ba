package de.lotse.operator;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The operator's cross-municipality view: each municipality with the number of its people and their
 * last login. It reads only the registry of municipalities and memberships, never a municipality's
 * domain data (those tables are protected by row-level security and stay empty for operators).
 */
@Service
public class MunicipalityOverview {

    /**
     * One municipality in the operator's list.
     *
     * @param users people with a membership
     * @param lastActivity the last login of any of them
     */
    public record Row(
            UUID id,
            String name,
            String ags,
            String slug,
            boolean active,
            Instant createdAt,
            long users,
            Instant lastActivity) {}

    private final JdbcClient jdbc;

    MunicipalityOverview(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public Page<Row> crossTenantPage(String text, Pageable pageable) {
        String pattern =
                text == null || text.isBlank() ? "%" : "%" + text.strip().toLowerCase() + "%";
        List<Row> rows = jdbc.sql(
                        """
                        select m.id, m.name, m.ags, m.slug, m.active, m.created_at,
                               count(ms.user_account_id) as users, max(u.last_login_at) as last_activity
                          from municipality m
                          left join membership ms on ms.municipality_id = m.id
                          left join user_account u on u.id = ms.user_account_id
                         where lower(m.name) like :pattern or m.ags like :pattern or m.slug like :pattern
                         group by m.id
                         order by lower(m.name), m.id
                         limit :limit offset :offset
                        """)
                .param("pattern", pattern)
                .param("limit", pageable.getPageSize())
                .param("offset", pageable.getOffset())
                .query((rs, n) -> new Row(
                        rs.getObject("id", UUID.class),
                        rs.getString("name"),
                        rs.getString("ags"),
                        rs.getString("slug"),
                        rs.getBoolean("active"),
                        rs.getTimestamp("created_at").toInstant(),
                        rs.getLong("users"),
                        rs.getTimestamp("last_activity") == null
                                ? null
                                : rs.getTimestamp("last_activity").toInstant()))
                .list();
        long total = jdbc.sql(
                        "select count(*) from municipality m where lower(m.name) like :pattern or m.ags like :pattern or m.slug like :pattern")
                .param("pattern", pattern)
                .query(Long.class)
                .single();
        return new PageImpl<>(rows, pageable, total);
    }
}
