package de.lotse.inventory;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Stores the applications of the current municipality (Hibernate adds the municipality). */
interface ApplicationRepository extends Repository<Application, ApplicationId> {

    Application save(Application application);

    Optional<Application> findById(ApplicationId id);

    boolean existsById(ApplicationId id);

    boolean existsBySuccessor(ApplicationId successor);

    List<Application> findAllByOrderByNameAsc();

    /** The given applications with their departments, in one query. */
    @Query("select distinct a from Application a left join fetch a.departments where a.id in :ids")
    List<Application> findAllWithDepartmentsByIdIn(Collection<ApplicationId> ids);

    void delete(Application application);
}
