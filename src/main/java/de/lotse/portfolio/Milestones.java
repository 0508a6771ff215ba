package de.lotse.portfolio;

import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/** Maintains the milestones of the current municipality's projects. */
@Service
@Validated
@Transactional
public class Milestones {

    private final MilestoneRepository repository;
    private final Projects projects;
    private final ProjectPermissions permissions;

    Milestones(MilestoneRepository repository, Projects projects, ProjectPermissions permissions) {
        this.repository = repository;
        this.projects = projects;
        this.permissions = permissions;
    }

    /** The project's milestones in their order. */
    @Transactional(readOnly = true)
    public List<Milestone> of(ProjectId project) {
        projects.get(project);
        return repository.findByProjectOrderByDueAscTitleAsc(project);
    }

    @Transactional(readOnly = true)
    public Milestone get(ProjectId project, UUID id) {
        return ProjectParts.found(repository.findByIdAndProject(id, project), "milestone", id);
    }

    public Milestone create(ProjectId project, @Valid MilestoneData data) {
        ProjectParts.changeable(projects, permissions, project);
        return repository.save(new Milestone(project, data));
    }

    public Milestone update(ProjectId project, UUID id, long expectedVersion, @Valid MilestoneData data) {
        ProjectParts.changeable(projects, permissions, project);
        Milestone report = ProjectParts.current(
                repository.findByIdAndProject(id, project), "milestone", id, expectedVersion, Milestone::version);
        report.apply(data);
        return repository.save(report);
    }

    public void delete(ProjectId project, UUID id, long expectedVersion) {
        ProjectParts.changeable(projects, permissions, project);
        repository.delete(ProjectParts.current(
                repository.findByIdAndProject(id, project), "milestone", id, expectedVersion, Milestone::version));
    }
}
