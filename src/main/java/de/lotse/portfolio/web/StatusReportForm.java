package de.lotse.portfolio.web;

import de.lotse.portfolio.StatusLight;
import de.lotse.portfolio.StatusReport;
import de.lotse.portfolio.StatusReportData;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The status report form as the person filled it in. */
class StatusReportForm {

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate reportDate;

    @NotNull
    private StatusLight overall;

    private StatusLight scope;

    private StatusLight schedule;

    private StatusLight budget;

    @Size(max = 4000)
    private String summary;

    @Size(max = 4000)
    private String achievements;

    @Size(max = 4000)
    private String nextSteps;

    @Size(max = 4000)
    private String problems;

    @Size(max = 4000)
    private String decisionsNeeded;

    private long version;

    static StatusReportForm of(StatusReport report) {
        StatusReportForm form = new StatusReportForm();
        form.reportDate = report.reportDate();
        form.overall = report.overall();
        form.scope = report.scope();
        form.schedule = report.schedule();
        form.budget = report.budget();
        form.summary = report.summary();
        form.achievements = report.achievements();
        form.nextSteps = report.nextSteps();
        form.problems = report.problems();
        form.decisionsNeeded = report.decisionsNeeded();
        form.version = report.version();
        return form;
    }

    StatusReportData data() {
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

    public LocalDate getReportDate() {
        return reportDate;
    }

    public void setReportDate(LocalDate reportDate) {
        this.reportDate = reportDate;
    }

    public StatusLight getOverall() {
        return overall;
    }

    public void setOverall(StatusLight overall) {
        this.overall = overall;
    }

    public StatusLight getScope() {
        return scope;
    }

    public void setScope(StatusLight scope) {
        this.scope = scope;
    }

    public StatusLight getSchedule() {
        return schedule;
    }

    public void setSchedule(StatusLight schedule) {
        this.schedule = schedule;
    }

    public StatusLight getBudget() {
        return budget;
    }

    public void setBudget(StatusLight budget) {
        this.budget = budget;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getAchievements() {
        return achievements;
    }

    public void setAchievements(String achievements) {
        this.achievements = achievements;
    }

    public String getNextSteps() {
        return nextSteps;
    }

    public void setNextSteps(String nextSteps) {
        this.nextSteps = nextSteps;
    }

    public String getProblems() {
        return problems;
    }

    public void setProblems(String problems) {
        this.problems = problems;
    }

    public String getDecisionsNeeded() {
        return decisionsNeeded;
    }

    public void setDecisionsNeeded(String decisionsNeeded) {
        this.decisionsNeeded = decisionsNeeded;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
