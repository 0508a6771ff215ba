package de.lotse.servicecatalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** How far the current municipality's services are online, by Themenfeld, counted in the database. */
@Service
@Transactional(readOnly = true)
public class ServiceProgress {

    private final JdbcClient jdbc;
    private final MaturityModels models;

    ServiceProgress(JdbcClient jdbc, MaturityModels models) {
        this.jdbc = jdbc;
        this.models = models;
    }

    /**
     * The municipality's services by Themenfeld: how many are at each level of the model it records
     * in, and the cases online and on paper.
     */
    public List<TopicProgress> byTopic() {
        MaturityModel model = models.current();
        record Count(int topic, String name, int level, int services, long online, long offline) {}
        List<Count> counts = jdbc.sql(
                        """
                        select t.id, t.name, st.%1$s as level, count(*) as services,
                               coalesce(sum(st.cases_online), 0) as online, coalesce(sum(st.cases_offline), 0) as offline
                        from service_status st
                        join catalogue_leika_service s on s.id = st.service_id and s.withdrawn_in is null
                        join catalogue_ozg_service o on o.ozg_id = s.ozg_id
                        join catalogue_life_situation l on l.id = o.life_situation_id
                        join catalogue_topic t on t.id = l.topic_id
                        where st.concerned
                        group by t.id, t.name, t.position, st.%1$s
                        order by t.position, t.name, st.%1$s
                        """
                                .formatted(model.column()))
                .query((rs, n) -> new Count(
                        rs.getInt("id"),
                        rs.getString("name"),
                        rs.getInt("level"),
                        rs.getInt("services"),
                        rs.getLong("online"),
                        rs.getLong("offline")))
                .list();
        Map<Integer, TopicProgress> byTopic = new LinkedHashMap<>();
        for (Count count : counts) {
            TopicProgress before = byTopic.getOrDefault(
                    count.topic(), new TopicProgress(count.topic(), count.name(), new int[model.highest() + 1], 0, 0));
            before.servicesByLevel()[count.level()] = count.services();
            byTopic.put(
                    count.topic(),
                    new TopicProgress(
                            count.topic(),
                            count.name(),
                            before.servicesByLevel(),
                            before.casesOnline() + count.online(),
                            before.casesOffline() + count.offline()));
        }
        return new ArrayList<>(byTopic.values());
    }
}
