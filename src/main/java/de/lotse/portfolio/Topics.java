package de.lotse.portfolio;

import de.lotse.platform.InvalidFieldException;
import de.lotse.platform.RecordNotFoundException;
import de.lotse.platform.StaleVersionException;
import de.lotse.tenancy.MunicipalityPreparation;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The municipality's list of topics. Each municipality starts with the same twelve, seeded when it
 * is created (or, for municipalities from before, at start; see {@link MunicipalityPreparation}),
 * never when the list is read; after that the list is the municipality's own, and removing topics
 * never brings the seed back.
 */
@Service
@Transactional
public class Topics implements MunicipalityPreparation {

    /** The topics every municipality starts with. */
    static final List<String> SEED = List.of(
            "Verwaltung & OZG",
            "Bildung",
            "Mobilität",
            "Breitband",
            "Cybersicherheit",
            "Datenplattform",
            "Energie",
            "Umwelt & Klima",
            "Gesundheit",
            "Katastrophenschutz",
            "Wirtschaft",
            "Beteiligung");

    private final TopicRepository repository;
    private final JdbcClient jdbc;
    private final Clock clock;

    Topics(TopicRepository repository, JdbcClient jdbc, Clock clock) {
        this.repository = repository;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The municipality's topics in their order. */
    @Transactional(readOnly = true)
    public List<Topic> all() {
        return repository.findAllByOrderByPositionAscNameAsc();
    }

    public boolean allExist(Collection<TopicId> ids) {
        return repository.countByIdIn(ids) == ids.stream().distinct().count();
    }

    public Topic add(String name) {
        String clean = valid(name);
        if (repository.existsByNameIgnoreCase(clean)) {
            throw new InvalidFieldException("name", "topic.name.taken");
        }
        int position = repository.findAllByOrderByPositionAscNameAsc().stream()
                        .mapToInt(Topic::position)
                        .max()
                        .orElse(0)
                + 1;
        return repository.save(new Topic(clean, position));
    }

    public Topic rename(TopicId id, long expectedVersion, String name) {
        Topic topic = current(id, expectedVersion);
        String clean = valid(name);
        if (!clean.equalsIgnoreCase(topic.name()) && repository.existsByNameIgnoreCase(clean)) {
            throw new InvalidFieldException("name", "topic.name.taken");
        }
        topic.rename(clean);
        return repository.save(topic);
    }

    /** Removes a topic; the projects filed under it keep their other topics. */
    public void delete(TopicId id, long expectedVersion) {
        repository.delete(current(id, expectedVersion));
    }

    /** Seeds the topics once per municipality; the marker row makes a second seeding impossible. */
    @Override
    public void prepare() {
        int marked = jdbc.sql("insert into topic_seeding (seeded_at) values (:at) on conflict do nothing")
                .param("at", java.sql.Timestamp.from(clock.instant()))
                .update();
        if (marked == 1) {
            for (int i = 0; i < SEED.size(); i++) {
                repository.save(new Topic(SEED.get(i), i + 1));
            }
        }
    }

    private Topic current(TopicId id, long expectedVersion) {
        Topic topic = repository.findById(id).orElseThrow(() -> new RecordNotFoundException("topic", id));
        if (topic.version() != expectedVersion) {
            throw new StaleVersionException(topic, topic.version());
        }
        return topic;
    }

    private static String valid(String name) {
        if (name == null || name.isBlank() || name.strip().length() > 100) {
            throw new InvalidFieldException("name", "topic.name.invalid");
        }
        return name.strip();
    }
}
