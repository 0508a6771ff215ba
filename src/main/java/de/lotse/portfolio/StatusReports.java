package de.lotse.portfolio;

import de.lotse.platform.InvalidFieldException;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/** Maintains the status reports of the current municipality's projects. */
@Service
@Validated
@Transactional
public class StatusReports {

    private final StatusReportRepository repository;
    private final Projects projects;
    private final ProjectPermissions permissions;
    private final Clock clock;

    StatusReports(StatusReportRepository repository, Projects projects, ProjectPermissions permissions, Clock clock) {
        this.repository = repository;
        this.projects = projects;
        this.permissions = permissions;
        this.clock = clock;
    }

    /** The project's reports, latest first. */
    @Transactional(readOnly = true)
    public List<StatusReport> of(ProjectId project) {
        projects.get(project);
        return repository.findByProjectOrderByReportDateDescCreatedAtDesc(project);
    }

    /** The project's latest report: its status. */
    @Transactional(readOnly = true)
    public java.util.Optional<StatusReport> latest(ProjectId project) {
        return repository.findFirstByProjectOrderByReportDateDescCreatedAtDesc(project);
    }

    @Transactional(readOnly = true)
    public StatusReport get(ProjectId project, UUID id) {
        return ProjectParts.found(repository.findByIdAndProject(id, project), "status_report", id);
    }

    public StatusReport create(ProjectId project, @Valid StatusReportData data) {
        ProjectParts.changeable(projects, permissions, project);
        check(data);
        return repository.save(new StatusReport(project, data, clock.instant()));
    }

    public StatusReport update(ProjectId project, UUID id, long expectedVersion, @Valid StatusReportData data) {
        ProjectParts.changeable(projects, permissions, project);
        StatusReport report = ProjectParts.current(
                repository.findByIdAndProject(id, project),
                "status_report",
                id,
                expectedVersion,
                StatusReport::version);
        check(data);
        report.apply(data);
        return repository.save(report);
    }

    public void delete(ProjectId project, UUID id, long expectedVersion) {
        ProjectParts.changeable(projects, permissions, project);
        repository.delete(ProjectParts.current(
                repository.findByIdAndProject(id, project),
                "status_report",
                id,
                expectedVersion,
                StatusReport::version));
    }

    private void check(StatusReportData data) {
        if (data.reportDate().isAfter(LocalDate.now(clock))) {
            throw new InvalidFieldException("reportDate", "status-report.date.future");
        }
    }
}
