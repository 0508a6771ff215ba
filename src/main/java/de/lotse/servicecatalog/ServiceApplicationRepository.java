package de.lotse.servicecatalog;

import java.util.List;
import java.util.UUID;
import org.springframework.data.repository.Repository;

/** The applications that support the current municipality's services (Hibernate adds the municipality). */
interface ServiceApplicationRepository extends Repository<ServiceApplication, UUID> {

    ServiceApplication save(ServiceApplication link);

    List<ServiceApplication> findByServiceIdAndApplicationId(int serviceId, UUID applicationId);

    void delete(ServiceApplication link);
}
