package de.lotse.servicecatalog;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

/** Stores what the current municipality records about its services (Hibernate adds the municipality). */
interface ServiceStatusRepository extends Repository<ServiceStatus, ServiceStatusId> {

    ServiceStatus save(ServiceStatus status);

    ServiceStatus saveAndFlush(ServiceStatus status);

    Optional<ServiceStatus> findById(ServiceStatusId id);

    List<ServiceStatus> findAllByIdIn(Collection<ServiceStatusId> ids);
}
