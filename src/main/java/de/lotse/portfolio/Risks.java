package de.lotse.portfolio;

import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/** Maintains the risks of the current municipality's projects. */
@Service
@Validated
@Transactional
public class Risks {

    private final RiskRepository repository;
    private final Projects projects;
    private final ProjectPermissions permissions;

    Risks(RiskRepository repository, Projects projects, ProjectPermissions permissions) {
        this.repository = repository;
        this.projects = projects;
        this.permissions = permissions;
    }

    /** The project's risks in their order. */
    @Transactional(readOnly = true)
    public List<Risk> of(ProjectId project) {
        projects.get(project);
        return repository.findByProjectOrderByOpenDescTitleAsc(project);
    }

    @Transactional(readOnly = true)
    public Risk get(ProjectId project, UUID id) {
        return ProjectParts.found(repository.findByIdAndProject(id, project), "risk", id);
    }

    public Risk create(ProjectId project, @Valid RiskData data) {
        ProjectParts.changeable(projects, permissions, project);
        return repository.save(new Risk(project, data));
    }

    public Risk update(ProjectId project, UUID id, long expectedVersion, @Valid RiskData data) {
        ProjectParts.changeable(projects, permissions, project);
        Risk report = ProjectParts.current(
                repository.findByIdAndProject(id, project), "risk", id, expectedVersion, Risk::version);
        report.apply(data);
        return repository.save(report);
    }

    public void delete(ProjectId project, UUID id, long expectedVersion) {
        ProjectParts.changeable(projects, permissions, project);
        repository.delete(ProjectParts.current(
                repository.findByIdAndProject(id, project), "risk", id, expectedVersion, Risk::version));
    }
}
