package de.lotse.strategy;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Stores the goals of the current municipality (Hibernate adds the municipality). */
interface GoalRepository extends Repository<Goal, GoalId> {

    Goal save(Goal goal);

    Optional<Goal> findById(GoalId id);

    List<Goal> findAllByOrderByPositionAscTitleAsc();

    List<Goal> findByFieldOrderByPositionAscTitleAsc(FieldOfActionId field);

    Page<Goal> findAllBy(Pageable pageable);

    Page<Goal> findByField(FieldOfActionId field, Pageable pageable);

    boolean existsByField(FieldOfActionId field);

    @Query("select coalesce(max(g.position), -1) + 1 from Goal g where g.field = ?1")
    int nextPosition(FieldOfActionId field);

    void delete(Goal goal);
}
