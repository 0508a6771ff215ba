package de.lotse.portfolio;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.repository.Repository;

/** Stores the status reports of the current municipality's projects. */
interface StatusReportRepository extends Repository<StatusReport, UUID> {

    StatusReport save(StatusReport record);

    Optional<StatusReport> findByIdAndProject(UUID id, ProjectId project);

    List<StatusReport> findByProjectOrderByReportDateDescCreatedAtDesc(ProjectId project);

    Optional<StatusReport> findFirstByProjectOrderByReportDateDescCreatedAtDesc(ProjectId project);

    void delete(StatusReport record);
}
