package de.lotse.inventory;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

/** Stores the applications of the current municipality (Hibernate adds the municipality). */
interface ApplicationRepository extends Repository<Application, ApplicationId> {

    Application save(Application application);

    Optional<Application> findById(ApplicationId id);

    boolean existsById(ApplicationId id);

    boolean existsBySuccessor(ApplicationId successor);

    List<Application> findAllByOrderByNameAsc();

    void delete(Application application);
}
