package de.lotse.portfolio;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Stores the projects of the current municipality (Hibernate adds the municipality). */
interface ProjectRepository extends Repository<Project, ProjectId> {

    Project save(Project project);

    Optional<Project> findById(ProjectId id);

    /** The given projects with their goals, topics and dependencies, in one query. */
    @Query("select distinct p from Project p left join fetch p.goals left join fetch p.topics"
            + " left join fetch p.dependsOn where p.id in :ids")
    List<Project> findAllWithPartsByIdIn(Collection<ProjectId> ids);

    void delete(Project project);
}
