package de.lotse.portfolio;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.repository.Repository;

/** Stores the risks of the current municipality's projects. */
interface RiskRepository extends Repository<Risk, UUID> {

    Risk save(Risk record);

    Optional<Risk> findByIdAndProject(UUID id, ProjectId project);

    List<Risk> findByProjectOrderByOpenDescTitleAsc(ProjectId project);

    void delete(Risk record);
}
