package de.lotse.strategy;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Stores the fields of action of the current municipality (Hibernate adds the municipality). */
interface FieldOfActionRepository extends Repository<FieldOfAction, FieldOfActionId> {

    FieldOfAction save(FieldOfAction field);

    Optional<FieldOfAction> findById(FieldOfActionId id);

    List<FieldOfAction> findAllByOrderByPositionAscNameAsc();

    Page<FieldOfAction> findAllBy(Pageable pageable);

    @Query("select coalesce(max(f.position), -1) + 1 from FieldOfAction f")
    int nextPosition();

    void delete(FieldOfAction field);
}
