package de.lotse.portfolio;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.TenantId;
import org.hibernate.envers.Audited;

/** A milestone of a project: a dated result, reached or not. */
@Entity
@Audited
public class Milestone {

    @Id
    private UUID id;

    @TenantId
    private UUID tenantId;

    @Version
    private Long version;

    @Embedded
    @AttributeOverride(name = "value", column = @Column(name = "project_id"))
    private ProjectId project;

    private String title;

    private LocalDate due;

    private boolean done;

    protected Milestone() {}

    Milestone(ProjectId project, MilestoneData data) {
        this.id = UUID.randomUUID();
        this.project = project;
        apply(data);
    }

    final void apply(MilestoneData data) {
        this.title = data.title().strip();
        this.due = data.due();
        this.done = data.done();
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

    public String title() {
        return title;
    }

    public LocalDate due() {
        return due;
    }

    public boolean done() {
        return done;
    }

    public MilestoneData data() {
        return new MilestoneData(title, due, done);
    }
}
