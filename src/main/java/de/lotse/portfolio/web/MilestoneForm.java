package de.lotse.portfolio.web;

import de.lotse.portfolio.Milestone;
import de.lotse.portfolio.MilestoneData;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The milestone form as the person filled it in. */
class MilestoneForm {

    @NotBlank
    @Size(max = 300)
    private String title;

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate due;

    private boolean done;

    private long version;

    static MilestoneForm of(Milestone milestone) {
        MilestoneForm form = new MilestoneForm();
        form.title = milestone.title();
        form.due = milestone.due();
        form.done = milestone.done();
        form.version = milestone.version();
        return form;
    }

    MilestoneData data() {
        return new MilestoneData(title, due, done);
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public LocalDate getDue() {
        return due;
    }

    public void setDue(LocalDate due) {
        this.due = due;
    }

    public boolean getDone() {
        return done;
    }

    public void setDone(boolean done) {
        this.done = done;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
