package de.lotse.portfolio;

import de.lotse.strategy.GoalId;
import de.lotse.tenancy.DepartmentId;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.TenantId;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/** A project (Maßnahme) of the municipality's portfolio, serving goals of its strategy. */
@Entity
@Audited
public class Project {

    @EmbeddedId
    @AttributeOverride(name = "value", column = @Column(name = "id"))
    private ProjectId id;

    @TenantId
    private UUID tenantId;

    @Version
    private Long version;

    private String title;

    private String summary;

    // the goals, topics and dependencies have no history table of their own: the project's history
    // shows its own columns, the phase history shows the moves
    @NotAudited
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "project_goal", joinColumns = @JoinColumn(name = "project_id"))
    @AttributeOverride(name = "value", column = @Column(name = "goal_id"))
    private Set<GoalId> goals = new HashSet<>();

    private String lead;

    @Embedded
    @AttributeOverride(name = "value", column = @Column(name = "department_id"))
    private DepartmentId department;

    @Enumerated(EnumType.STRING)
    private ProjectMode mode;

    @Enumerated(EnumType.STRING)
    private ProjectPriority priority;

    @NotAudited
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "project_topic", joinColumns = @JoinColumn(name = "project_id"))
    @AttributeOverride(name = "value", column = @Column(name = "topic_id"))
    private Set<TopicId> topics = new HashSet<>();

    @Enumerated(EnumType.STRING)
    private ProjectPhase phase;

    private LocalDate leftIdeaOn;

    private LocalDate plannedStart;

    private LocalDate plannedEnd;

    @Enumerated(EnumType.STRING)
    @Column(name = "reporting_cadence")
    private ReportingCadence cadence;

    @NotAudited
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "project_dependency", joinColumns = @JoinColumn(name = "project_id"))
    @AttributeOverride(name = "value", column = @Column(name = "depends_on_id"))
    private Set<ProjectId> dependsOn = new HashSet<>();

    private boolean publicVisible;

    private String publicSummary;

    /** The goals' titles at the last change, for the history (the links are in {@link #goals}). */
    private String goalTitles;

    /** The topics' names at the last change, for the history. */
    private String topicNames;

    /** The titles of the projects it depends on at the last change, for the history. */
    private String dependencyTitles;

    protected Project() {}

    Project(ProjectData data) {
        this.id = ProjectId.random();
        this.phase = ProjectPhase.IDEA;
        apply(data);
    }

    final void apply(ProjectData data) {
        ProjectData normalised = data.normalised();
        this.title = normalised.title();
        this.summary = normalised.summary();
        replace(goals, normalised.goals());
        this.lead = normalised.lead();
        this.department = normalised.department();
        this.mode = normalised.mode();
        this.priority = normalised.priority();
        replace(topics, normalised.topics());
        this.plannedStart = normalised.plannedStart();
        this.plannedEnd = normalised.plannedEnd();
        this.cadence = normalised.cadence();
        replace(dependsOn, normalised.dependsOn());
        this.publicVisible = normalised.publicVisible();
        this.publicSummary = normalised.publicSummary();
    }

    /**
     * Notes the titles of what the project is linked to, as its history shows them; {@code null}
     * for none.
     */
    void describeLinks(String goalTitles, String topicNames, String dependencyTitles) {
        this.goalTitles = goalTitles;
        this.topicNames = topicNames;
        this.dependencyTitles = dependencyTitles;
    }

    /** Moves the project to another phase; the first move out of the idea phase starts the reporting. */
    void moveTo(ProjectPhase target, LocalDate on) {
        if (phase == ProjectPhase.IDEA && leftIdeaOn == null) {
            leftIdeaOn = on;
        }
        this.phase = target;
    }

    private static <T> void replace(Set<T> current, Set<T> wanted) {
        current.retainAll(wanted);
        current.addAll(wanted);
    }

    public ProjectId id() {
        return id;
    }

    public long version() {
        return version == null ? 0 : version;
    }

    public String title() {
        return title;
    }

    public String summary() {
        return summary;
    }

    public Set<GoalId> goals() {
        return Set.copyOf(goals);
    }

    public String lead() {
        return lead;
    }

    public DepartmentId department() {
        return department;
    }

    public ProjectMode mode() {
        return mode;
    }

    public ProjectPriority priority() {
        return priority;
    }

    public Set<TopicId> topics() {
        return Set.copyOf(topics);
    }

    public ProjectPhase phase() {
        return phase;
    }

    /** The day the project first left the idea phase; reports are due from then on. */
    public LocalDate leftIdeaOn() {
        return leftIdeaOn;
    }

    public LocalDate plannedStart() {
        return plannedStart;
    }

    public LocalDate plannedEnd() {
        return plannedEnd;
    }

    public ReportingCadence cadence() {
        return cadence;
    }

    public Set<ProjectId> dependsOn() {
        return Set.copyOf(dependsOn);
    }

    public boolean publicVisible() {
        return publicVisible;
    }

    public String publicSummary() {
        return publicSummary;
    }

    /** What a person can set, as it is now. */
    public ProjectData data() {
        return new ProjectData(
                title,
                summary,
                goals(),
                lead,
                department,
                mode,
                priority,
                topics(),
                plannedStart,
                plannedEnd,
                cadence,
                dependsOn(),
                publicVisible,
                publicSummary);
    }
}
