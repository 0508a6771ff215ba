package de.lotse.strategy;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Stores the indicators of the current municipality (Hibernate adds the municipality). */
interface IndicatorRepository extends Repository<Indicator, IndicatorId> {

    Indicator save(Indicator indicator);

    Optional<Indicator> findById(IndicatorId id);

    List<Indicator> findAllByOrderByPositionAscNameAsc();

    List<Indicator> findByGoalOrderByPositionAscNameAsc(GoalId goal);

    Page<Indicator> findByGoal(GoalId goal, Pageable pageable);

    @Query("select coalesce(max(i.position), -1) + 1 from Indicator i where i.goal = ?1")
    int nextPosition(GoalId goal);

    void delete(Indicator indicator);
}
