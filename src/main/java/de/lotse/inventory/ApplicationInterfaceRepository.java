package de.lotse.inventory;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.Repository;

/** Stores the interfaces between the current municipality's applications. */
interface ApplicationInterfaceRepository extends Repository<ApplicationInterface, ApplicationInterfaceId> {

    ApplicationInterface save(ApplicationInterface applicationInterface);

    Optional<ApplicationInterface> findById(ApplicationInterfaceId id);

    Page<ApplicationInterface> findBySource(ApplicationId source, Pageable pageable);

    List<ApplicationInterface> findBySourceOrTargetOrderByExchangesAsc(ApplicationId source, ApplicationId target);

    void delete(ApplicationInterface applicationInterface);
}
