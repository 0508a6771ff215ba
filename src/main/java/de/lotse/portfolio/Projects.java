package de.lotse.portfolio;

import de.lotse.platform.InvalidFieldException;
import de.lotse.platform.RecordNotFoundException;
import de.lotse.platform.StaleVersionException;
import de.lotse.platform.StillReferencedException;
import de.lotse.strategy.GoalReferences;
import de.lotse.tenancy.DepartmentId;
import de.lotse.tenancy.Departments;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/** Maintains the projects of the current municipality and moves them through their phases. */
@Service
@Validated
@Transactional
public class Projects {

    private final ProjectRepository repository;
    private final PhaseChangeRepository phaseChanges;
    private final ProjectPermissions permissions;
    private final GoalReferences goals;
    private final Departments departments;
    private final Topics topics;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    Projects(
            ProjectRepository repository,
            PhaseChangeRepository phaseChanges,
            ProjectPermissions permissions,
            GoalReferences goals,
            Departments departments,
            Topics topics,
            JdbcClient jdbc,
            Clock clock,
            ApplicationEventPublisher events) {
        this.repository = repository;
        this.phaseChanges = phaseChanges;
        this.permissions = permissions;
        this.goals = goals;
        this.departments = departments;
        this.topics = topics;
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public Project get(ProjectId id) {
        return repository.findById(id).orElseThrow(() -> new RecordNotFoundException("project", id));
    }

    /**
     * Those of the given projects that exist in the current municipality, by id: a few queries however
     * many there are (for an import, which then changes them through this service).
     */
    @Transactional(readOnly = true)
    public Map<ProjectId, Project> getAll(java.util.Collection<ProjectId> ids) {
        Map<ProjectId, Project> found = new HashMap<>();
        de.lotse.platform.ByIds.read(ids, repository::findAllWithPartsByIdIn)
                .forEach(project -> found.put(project.id(), project));
        return found;
    }

    /** The project's phase history, newest first. */
    @Transactional(readOnly = true)
    public List<PhaseChange> phaseHistory(ProjectId id) {
        get(id);
        return phaseChanges.findByProjectOrderByChangedAtDesc(id);
    }

    /** Creates a project in the idea phase. */
    public Project create(@Valid ProjectData data) {
        return create(data, ProjectPhase.IDEA, null);
    }

    /** Creates a project in the given phase, e.g. when a running project is recorded late. */
    public Project create(@Valid ProjectData data, ProjectPhase phase, String note) {
        permissions.requireMayAssign(data.department());
        Project project = new Project(data);
        check(project.id(), data, phase);
        describeLinks(project);
        Project saved = repository.save(project);
        record(saved, null, ProjectPhase.IDEA, note);
        if (phase != ProjectPhase.IDEA) {
            moveTo(saved, phase, note);
        }
        return saved;
    }

    /**
     * Changes a project.
     *
     * @param expectedVersion the version the person saw; a different current version means someone
     *     else changed it in between, and nothing is changed
     */
    public Project update(ProjectId id, long expectedVersion, @Valid ProjectData data) {
        return update(id, expectedVersion, data, null, null);
    }

    /** Changes a project and, when a phase is given that differs from the current one, moves it there. */
    public Project update(
            ProjectId id, long expectedVersion, @Valid ProjectData data, ProjectPhase phase, String note) {
        Project project = current(id, expectedVersion);
        permissions.requireMayChange(project);
        if (!java.util.Objects.equals(data.department(), project.department())) {
            permissions.requireMayAssign(data.department());
        }
        ProjectPhase target = phase == null ? project.phase() : phase;
        if (target != project.phase() && !project.phase().canMoveTo(target)) {
            throw new InvalidFieldException("phase", "project.phase.not-allowed");
        }
        check(id, data, target);
        project.apply(data);
        describeLinks(project);
        if (target != project.phase()) {
            moveTo(project, target, note);
        }
        return repository.save(project);
    }

    /** Notes the titles of the project's goals, topics and dependencies for its history. */
    private void describeLinks(Project project) {
        project.describeLinks(
                joined(goals.titles(project.goals()).values()),
                joined(titles(
                        "select name from topic where id in (:ids)",
                        project.topics().stream().map(TopicId::value).toList())),
                joined(titles(
                        "select title from project where id in (:ids)",
                        project.dependsOn().stream().map(ProjectId::value).toList())));
    }

    private List<String> titles(String query, List<UUID> ids) {
        return ids.isEmpty()
                ? List.of()
                : jdbc.sql(query).param("ids", ids).query(String.class).list();
    }

    private static String joined(Collection<String> titles) {
        return titles.isEmpty() ? null : titles.stream().sorted().collect(Collectors.joining("; "));
    }

    /** Moves a project to another phase, with a note for the phase history. */
    public Project changePhase(ProjectId id, long expectedVersion, ProjectPhase target, String note) {
        Project project = current(id, expectedVersion);
        permissions.requireMayChange(project);
        if (target == null || !project.phase().canMoveTo(target)) {
            throw new InvalidFieldException("phase", "project.phase.not-allowed");
        }
        if (target.needsGoal() && project.goals().isEmpty()) {
            throw new InvalidFieldException("goalIds", "project.goals.required");
        }
        moveTo(project, target, note);
        return repository.save(project);
    }

    public void delete(ProjectId id, long expectedVersion) {
        Project project = current(id, expectedVersion);
        permissions.requireMayChange(project);
        // money and trainings are on the record for the council and the auditors: never deleted with it
        boolean hasMoney = jdbc.sql(
                        """
                        select exists (select 1 from budget_line where project_id = :id)
                            or exists (select 1 from funding_application where project_id = :id)
                            or exists (select 1 from qualification_measure where project_id = :id)
                        """)
                .param("id", id.value())
                .query(Boolean.class)
                .single();
        if (hasMoney) {
            throw new StillReferencedException("project.delete.has-money");
        }
        repository.delete(project);
    }

    /** Whether the current person may change the project. */
    @Transactional(readOnly = true)
    public boolean mayChange(Project project) {
        return permissions.mayChange(project.department());
    }

    private void moveTo(Project project, ProjectPhase target, String note) {
        ProjectPhase from = project.phase();
        project.moveTo(target, LocalDate.now(clock));
        record(project, from, target, note);
    }

    private void record(Project project, ProjectPhase from, ProjectPhase to, String note) {
        phaseChanges.save(new PhaseChange(
                project.id(),
                LocalDate.now(clock),
                clock.instant(),
                ProjectPermissions.actorName(),
                from,
                to,
                note == null || note.isBlank() ? null : note.strip()));
        events.publishEvent(new ProjectPhaseChanged(project.id(), from, to));
    }

    /** The rules a project's data must keep, with the field that breaks one. */
    private void check(ProjectId id, ProjectData data, ProjectPhase phase) {
        if (data.plannedStart() != null
                && data.plannedEnd() != null
                && data.plannedEnd().isBefore(data.plannedStart())) {
            throw new InvalidFieldException("plannedEnd", "project.planned-end.before-start");
        }
        Set<de.lotse.strategy.GoalId> served = data.goals() == null ? Set.of() : data.goals();
        if (phase.needsGoal() && served.isEmpty()) {
            throw new InvalidFieldException("goalIds", "project.goals.required");
        }
        if (!served.isEmpty() && !goals.allExist(served)) {
            throw new InvalidFieldException("goalIds", "project.goals.unknown");
        }
        if (data.department() != null && !departmentExists(data.department())) {
            throw new InvalidFieldException("departmentId", "project.department.unknown");
        }
        if (data.topics() != null && !data.topics().isEmpty() && !topics.allExist(data.topics())) {
            throw new InvalidFieldException("topicIds", "project.topics.unknown");
        }
        Set<ProjectId> dependencies = data.dependsOn() == null ? Set.of() : data.dependsOn();
        if (!dependencies.isEmpty()) {
            if (dependencies.contains(id)) {
                throw new InvalidFieldException("dependsOnIds", "project.depends-on.cycle");
            }
            Map<ProjectId, Set<ProjectId>> edges = dependencies();
            if (!edges.keySet().containsAll(dependencies)) {
                throw new InvalidFieldException("dependsOnIds", "project.depends-on.unknown");
            }
            if (new DependencyGraph(edges).wouldCycle(id, dependencies)) {
                throw new InvalidFieldException("dependsOnIds", "project.depends-on.cycle");
            }
        }
    }

    private boolean departmentExists(DepartmentId department) {
        try {
            departments.get(department);
            return true;
        } catch (RecordNotFoundException e) {
            return false;
        }
    }

    /** Every project of the municipality with the projects it depends on (one query). */
    private Map<ProjectId, Set<ProjectId>> dependencies() {
        Map<ProjectId, Set<ProjectId>> edges = new HashMap<>();
        jdbc.sql("select p.id, d.depends_on_id from project p left join project_dependency d on d.project_id = p.id")
                .query(rs -> {
                    Set<ProjectId> of = edges.computeIfAbsent(
                            new ProjectId(rs.getObject("id", UUID.class)), key -> new HashSet<>());
                    UUID dependsOn = rs.getObject("depends_on_id", UUID.class);
                    if (dependsOn != null) {
                        of.add(new ProjectId(dependsOn));
                    }
                });
        return edges;
    }

    private Project current(ProjectId id, long expectedVersion) {
        Project project = get(id);
        if (project.version() != expectedVersion) {
            throw new StaleVersionException(project, project.version());
        }
        return project;
    }
}
