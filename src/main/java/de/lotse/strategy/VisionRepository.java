package de.lotse.strategy;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.repository.Repository;

/** Stores the vision of the current municipality: at most one (Hibernate adds the municipality). */
interface VisionRepository extends Repository<Vision, UUID> {

    Vision save(Vision vision);

    Optional<Vision> findFirstBy();
}
