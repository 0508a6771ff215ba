package de.lotse.servicecatalog;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the current catalogue of administrative services: its tree, a search over its LeiKa
 * services and single services. Public reference data, the same for every municipality.
 */
@Service
@Transactional(readOnly = true)
public class ServiceCatalogue {

    private static final String SERVICES =
            """
            select s.id, s.leika_key, s.name, s.leika_type, s.ozg_id, o.name as ozg_name, t.name as topic,
                   l.name as life_situation, s.sdg1, s.sdg2, s.legal_basis, s.laws, s.law_abbreviations,
                   s.withdrawn_in is not null as withdrawn
            from catalogue_leika_service s
            left join catalogue_ozg_service o on o.ozg_id = s.ozg_id
            left join catalogue_life_situation l on l.id = o.life_situation_id
            left join catalogue_topic t on t.id = l.topic_id
            """;

    private final JdbcClient jdbc;

    ServiceCatalogue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The catalogue applied last, if any. */
    public Optional<CatalogueVersion> currentVersion() {
        return jdbc.sql(VERSIONS + " order by id desc limit 1")
                .query(ServiceCatalogue::version)
                .optional();
    }

    /** Every catalogue applied so far, the newest first. */
    public List<CatalogueVersion> versions() {
        return jdbc.sql(VERSIONS + " order by id desc")
                .query(ServiceCatalogue::version)
                .list();
    }

    private static final String VERSIONS =
            "select id, label, content_date, applied_at, applied_by, topics, ozg_services, leika_services"
                    + " from catalogue_version";

    private static CatalogueVersion version(ResultSet rs, int row) throws SQLException {
        return new CatalogueVersion(
                rs.getInt("id"),
                rs.getString("label"),
                rs.getObject("content_date", java.time.LocalDate.class),
                rs.getTimestamp("applied_at").toInstant(),
                rs.getString("applied_by"),
                rs.getInt("topics"),
                rs.getInt("ozg_services"),
                rs.getInt("leika_services"));
    }

    /** Themenfelder → Lebenslagen → OZG-Leistungen of the current catalogue, in one query. */
    public CatalogueTree tree() {
        Map<Integer, String> topicNames = new LinkedHashMap<>();
        Map<Integer, Map<Integer, String>> lifeSituationNames = new HashMap<>();
        Map<Integer, List<CatalogueTree.OzgService>> services = new HashMap<>();
        jdbc.sql(
                        """
                        select t.id as topic_id, t.name as topic, l.id as life_situation_id, l.name as life_situation,
                               o.ozg_id, o.name,
                               (select count(*) from catalogue_leika_service s
                                where s.ozg_id = o.ozg_id and s.withdrawn_in is null) as leika_services
                        from catalogue_topic t
                        join catalogue_life_situation l on l.topic_id = t.id and l.withdrawn_in is null
                        join catalogue_ozg_service o on o.life_situation_id = l.id and o.withdrawn_in is null
                        where t.withdrawn_in is null
                        order by t.position, t.name, l.name, o.name
                        """)
                .query(rs -> {
                    int topic = rs.getInt("topic_id");
                    int lifeSituation = rs.getInt("life_situation_id");
                    topicNames.putIfAbsent(topic, rs.getString("topic"));
                    lifeSituationNames
                            .computeIfAbsent(topic, t -> new LinkedHashMap<>())
                            .putIfAbsent(lifeSituation, rs.getString("life_situation"));
                    services.computeIfAbsent(lifeSituation, l -> new ArrayList<>())
                            .add(new CatalogueTree.OzgService(
                                    rs.getString("ozg_id"), rs.getString("name"), rs.getInt("leika_services")));
                });
        List<CatalogueTree.Topic> topics = new ArrayList<>();
        topicNames.forEach((topic, name) -> {
            List<CatalogueTree.LifeSituation> lifeSituations = new ArrayList<>();
            lifeSituationNames
                    .get(topic)
                    .forEach((id, lifeSituation) ->
                            lifeSituations.add(new CatalogueTree.LifeSituation(id, lifeSituation, services.get(id))));
            topics.add(new CatalogueTree.Topic(topic, name, lifeSituations));
        });
        return new CatalogueTree(topics);
    }

    /** The LeiKa services of the current catalogue that match, by name, one page of them. */
    public Page<CatalogueService> search(CatalogueQuery query, Pageable pageable) {
        StringBuilder where = new StringBuilder(" where s.withdrawn_in is null");
        Map<String, Object> params = new HashMap<>();
        ServiceText.restrict(query.text(), where, params);
        if (query.topic() != null) {
            where.append(" and t.id = :topic");
            params.put("topic", query.topic());
        }
        if (query.ozgId() != null && !query.ozgId().isBlank()) {
            where.append(" and s.ozg_id = :ozgId");
            params.put("ozgId", query.ozgId().strip());
        }
        long total = jdbc.sql("select count(*) from (" + SERVICES + where + ") matching")
                .params(params)
                .query(Long.class)
                .single();
        if (total == 0) {
            return Page.empty(pageable);
        }
        List<CatalogueService> page = jdbc.sql(SERVICES + where + " order by s.name, s.id limit :limit offset :offset")
                .params(params)
                .param("limit", pageable.getPageSize())
                .param("offset", pageable.getOffset())
                .query(ServiceCatalogue::service)
                .list();
        return new PageImpl<>(page, pageable, total);
    }

    /** A LeiKa service by its key, also when withdrawn. */
    public Optional<CatalogueService> byKey(String leikaKey) {
        return jdbc.sql(SERVICES + " where s.leika_key = :key")
                .param("key", leikaKey)
                .query(ServiceCatalogue::service)
                .optional();
    }

    /** An OZG-Leistung with its LeiKa services, by its OZG-ID, also when withdrawn. */
    public Optional<OzgServiceDetail> ozgService(String ozgId) {
        return jdbc.sql(
                        """
                        select o.ozg_id, o.name, t.name as topic, l.name as life_situation,
                               o.withdrawn_in is not null as withdrawn
                        from catalogue_ozg_service o join catalogue_life_situation l on l.id = o.life_situation_id
                        join catalogue_topic t on t.id = l.topic_id where o.ozg_id = :ozgId
                        """)
                .param("ozgId", ozgId)
                .query((rs, n) -> new OzgServiceDetail(
                        rs.getString("ozg_id"),
                        rs.getString("name"),
                        rs.getString("topic"),
                        rs.getString("life_situation"),
                        rs.getBoolean("withdrawn"),
                        List.of()))
                .optional()
                .map(service -> new OzgServiceDetail(
                        service.ozgId(),
                        service.name(),
                        service.topic(),
                        service.lifeSituation(),
                        service.withdrawn(),
                        jdbc.sql(SERVICES + " where s.ozg_id = :ozgId order by s.withdrawn_in nulls first, s.name")
                                .param("ozgId", ozgId)
                                .query(ServiceCatalogue::service)
                                .list()));
    }

    /** An OZG-Leistung with its LeiKa services. */
    public record OzgServiceDetail(
            String ozgId,
            String name,
            String topic,
            String lifeSituation,
            boolean withdrawn,
            List<CatalogueService> services) {}

    private static CatalogueService service(ResultSet rs, int row) throws SQLException {
        return new CatalogueService(
                rs.getInt("id"),
                rs.getString("leika_key"),
                rs.getString("name"),
                rs.getString("leika_type"),
                rs.getString("ozg_id"),
                rs.getString("ozg_name"),
                rs.getString("topic"),
                rs.getString("life_situation"),
                rs.getBoolean("sdg1"),
                rs.getBoolean("sdg2"),
                rs.getString("legal_basis"),
                rs.getString("laws"),
                rs.getString("law_abbreviations"),
                rs.getBoolean("withdrawn"));
    }
}
