package de.lotse.inventory;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.repository.Repository;

/** The projects that introduce or replace the current municipality's applications (Hibernate adds the municipality). */
interface ApplicationProjectRepository extends Repository<ApplicationProject, UUID> {

    ApplicationProject save(ApplicationProject link);

    Optional<ApplicationProject> findByApplicationIdAndProjectId(UUID applicationId, UUID projectId);

    List<ApplicationProject> findByProjectId(UUID projectId);

    void delete(ApplicationProject link);
}
