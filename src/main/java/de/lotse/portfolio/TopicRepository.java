package de.lotse.portfolio;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

/** Stores the topics of the current municipality. */
interface TopicRepository extends Repository<Topic, TopicId> {

    Topic save(Topic topic);

    Optional<Topic> findById(TopicId id);

    List<Topic> findAllByOrderByPositionAscNameAsc();

    long countByIdIn(Collection<TopicId> ids);

    boolean existsByNameIgnoreCase(String name);

    void delete(Topic topic);
}
