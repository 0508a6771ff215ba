package de.lotse.servicecatalog;

import java.util.List;
import java.util.UUID;
import org.springframework.data.repository.Repository;

/** The projects that bring the current municipality's services online (Hibernate adds the municipality). */
interface ServiceProjectRepository extends Repository<ServiceProject, UUID> {

    ServiceProject save(ServiceProject link);

    List<ServiceProject> findByServiceIdAndProjectId(int serviceId, UUID projectId);

    void delete(ServiceProject link);
}
