package de.lotse.portfolio;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.repository.Repository;

/** Stores the milestones of the current municipality's projects. */
interface MilestoneRepository extends Repository<Milestone, UUID> {

    Milestone save(Milestone record);

    Optional<Milestone> findByIdAndProject(UUID id, ProjectId project);

    List<Milestone> findByProjectOrderByDueAscTitleAsc(ProjectId project);

    void delete(Milestone record);
}
