package de.lotse.portfolio.web;

import de.lotse.portfolio.Project;
import de.lotse.portfolio.ProjectData;
import de.lotse.portfolio.ProjectId;
import de.lotse.portfolio.ProjectMode;
import de.lotse.portfolio.ProjectPriority;
import de.lotse.portfolio.ReportingCadence;
import de.lotse.portfolio.TopicId;
import de.lotse.strategy.GoalId;
import de.lotse.tenancy.DepartmentId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;

/** The project form as the person filled it in. */
class ProjectForm {

    @NotBlank
    @Size(max = 300)
    private String title;

    @Size(max = 10000)
    private String summary;

    private List<UUID> goalIds = new ArrayList<>();

    @Size(max = 200)
    private String lead;

    private UUID departmentId;

    @NotNull
    private ProjectMode mode = ProjectMode.LINE;

    @NotNull
    private ProjectPriority priority = ProjectPriority.MEDIUM;

    private List<UUID> topicIds = new ArrayList<>();

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate plannedStart;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate plannedEnd;

    @NotNull
    private ReportingCadence reportingCadence = ReportingCadence.MONTHLY;

    private List<UUID> dependsOnIds = new ArrayList<>();

    private boolean publicVisible;

    @Size(max = 2000)
    private String publicSummary;

    private long version;

    static ProjectForm of(Project project) {
        ProjectForm form = new ProjectForm();
        form.title = project.title();
        form.summary = project.summary();
        form.goalIds =
                new ArrayList<>(project.goals().stream().map(GoalId::value).toList());
        form.lead = project.lead();
        form.departmentId =
                project.department() == null ? null : project.department().value();
        form.mode = project.mode();
        form.priority = project.priority();
        form.topicIds =
                new ArrayList<>(project.topics().stream().map(TopicId::value).toList());
        form.plannedStart = project.plannedStart();
        form.plannedEnd = project.plannedEnd();
        form.reportingCadence = project.cadence();
        form.dependsOnIds = new ArrayList<>(
                project.dependsOn().stream().map(ProjectId::value).toList());
        form.publicVisible = project.publicVisible();
        form.publicSummary = project.publicSummary();
        form.version = project.version();
        return form;
    }

    ProjectData data() {
        return new ProjectData(
                title,
                summary,
                new LinkedHashSet<>(
                        goalIds == null
                                ? List.of()
                                : goalIds.stream().map(GoalId::new).toList()),
                lead,
                departmentId == null ? null : new DepartmentId(departmentId),
                mode,
                priority,
                new LinkedHashSet<>(
                        topicIds == null
                                ? List.of()
                                : topicIds.stream().map(TopicId::new).toList()),
                plannedStart,
                plannedEnd,
                reportingCadence,
                new LinkedHashSet<>(
                        dependsOnIds == null
                                ? List.of()
                                : dependsOnIds.stream().map(ProjectId::new).toList()),
                publicVisible,
                publicSummary);
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public List<UUID> getGoalIds() {
        return goalIds;
    }

    public void setGoalIds(List<UUID> goalIds) {
        this.goalIds = goalIds;
    }

    public String getLead() {
        return lead;
    }

    public void setLead(String lead) {
        this.lead = lead;
    }

    public UUID getDepartmentId() {
        return departmentId;
    }

    public void setDepartmentId(UUID departmentId) {
        this.departmentId = departmentId;
    }

    public ProjectMode getMode() {
        return mode;
    }

    public void setMode(ProjectMode mode) {
        this.mode = mode;
    }

    public ProjectPriority getPriority() {
        return priority;
    }

    public void setPriority(ProjectPriority priority) {
        this.priority = priority;
    }

    public List<UUID> getTopicIds() {
        return topicIds;
    }

    public void setTopicIds(List<UUID> topicIds) {
        this.topicIds = topicIds;
    }

    public LocalDate getPlannedStart() {
        return plannedStart;
    }

    public void setPlannedStart(LocalDate plannedStart) {
        this.plannedStart = plannedStart;
    }

    public LocalDate getPlannedEnd() {
        return plannedEnd;
    }

    public void setPlannedEnd(LocalDate plannedEnd) {
        this.plannedEnd = plannedEnd;
    }

    public ReportingCadence getReportingCadence() {
        return reportingCadence;
    }

    public void setReportingCadence(ReportingCadence reportingCadence) {
        this.reportingCadence = reportingCadence;
    }

    public List<UUID> getDependsOnIds() {
        return dependsOnIds;
    }

    public void setDependsOnIds(List<UUID> dependsOnIds) {
        this.dependsOnIds = dependsOnIds;
    }

    public boolean getPublicVisible() {
        return publicVisible;
    }

    public void setPublicVisible(boolean publicVisible) {
        this.publicVisible = publicVisible;
    }

    public String getPublicSummary() {
        return publicSummary;
    }

    public void setPublicSummary(String publicSummary) {
        this.publicSummary = publicSummary;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
