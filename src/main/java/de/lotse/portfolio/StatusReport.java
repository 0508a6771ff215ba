package de.lotse.portfolio;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.TenantId;
import org.hibernate.envers.Audited;

/** A dated status report of a project; the latest one is the project's status. */
@Entity
@Audited
public class StatusReport {

    @Id
    private UUID id;

    @TenantId
    private UUID tenantId;

    @Version
    private Long version;

    @Embedded
    @AttributeOverride(name = "value", column = @Column(name = "project_id"))
    private ProjectId project;

    private LocalDate reportDate;

    @Enumerated(EnumType.STRING)
    private StatusLight overall;

    @Enumerated(EnumType.STRING)
    private StatusLight scope;

    @Enumerated(EnumType.STRING)
    private StatusLight schedule;

    @Enumerated(EnumType.STRING)
    private StatusLight budget;

    private String summary;

    private String achievements;

    private String nextSteps;

    private String problems;

    private String decisionsNeeded;

    private Instant createdAt;

    protected StatusReport() {}

    StatusReport(ProjectId project, StatusReportData data, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.project = project;
        this.createdAt = createdAt;
        apply(data);
    }

    final void apply(StatusReportData data) {
        StatusReportData normalised = data.normalised();
        this.reportDate = normalised.reportDate();
        this.overall = normalised.overall();
        this.scope = normalised.scope();
        this.schedule = normalised.schedule();
        this.budget = normalised.budget();
        this.summary = normalised.summary();
        this.achievements = normalised.achievements();
        this.nextSteps = normalised.nextSteps();
        this.problems = normalised.problems();
        this.decisionsNeeded = normalised.decisionsNeeded();
    }

    public UUID id() {
        return id;
    }

    public long version() {
        return version == null ? 0 : version;
    }

    public ProjectId project() {
        return project;
    }

    public LocalDate reportDate() {
        return reportDate;
    }

    public StatusLight overall() {
        return overall;
    }

    public StatusLight scope() {
        return scope;
    }

    public StatusLight schedule() {
        return schedule;
    }

    public StatusLight budget() {
        return budget;
    }

    public String summary() {
        return summary;
    }

    public String achievements() {
        return achievements;
    }

    public String nextSteps() {
        return nextSteps;
    }

    public String problems() {
        return problems;
    }

    public String decisionsNeeded() {
        return decisionsNeeded;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public StatusReportData data() {
        return new StatusReportData(
                reportDate,
                overall,
                scope,
                schedule,
                budget,
                summary,
                achievements,
                nextSteps,
                problems,
                decisionsNeeded);
    }
}
