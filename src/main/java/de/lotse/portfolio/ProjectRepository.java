package de.lotse.portfolio;

import java.util.Optional;
import org.springframework.data.repository.Repository;

/** Stores the projects of the current municipality (Hibernate adds the municipality). */
interface ProjectRepository extends Repository<Project, ProjectId> {

    Project save(Project project);

    Optional<Project> findById(ProjectId id);

    void delete(Project project);
}
