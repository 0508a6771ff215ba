package de.lotse.strategy;

import de.lotse.tenancy.DepartmentId;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.TenantId;
import org.hibernate.envers.Audited;

/** A goal of the strategy under a field of action, with the department responsible for it. */
@Entity
@Audited
public class Goal {

    @EmbeddedId
    @AttributeOverride(name = "value", column = @Column(name = "id"))
    private GoalId id;

    @TenantId
    private UUID tenantId;

    @Version
    private Long version;

    @Embedded
    @AttributeOverride(name = "value", column = @Column(name = "field_id"))
    private FieldOfActionId field;

    private int position;

    private String title;

    private String description;

    @Embedded
    @AttributeOverride(name = "value", column = @Column(name = "department_id"))
    private DepartmentId department;

    private LocalDate targetDate;

    protected Goal() {}

    Goal(GoalData data, int position) {
        this.id = GoalId.random();
        this.position = position;
        apply(data);
    }

    final void apply(GoalData data) {
        this.field = data.field();
        this.title = data.title().strip();
        this.description = Texts.blankToNull(data.description());
        this.department = data.department();
        this.targetDate = data.targetDate();
    }

    void moveTo(int position) {
        this.position = position;
    }

    public GoalId id() {
        return id;
    }

    public long version() {
        return version == null ? 0 : version;
    }

    public FieldOfActionId field() {
        return field;
    }

    public int position() {
        return position;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public DepartmentId department() {
        return department;
    }

    public LocalDate targetDate() {
        return targetDate;
    }

    /** What a person can set, as it is now. */
    public GoalData data() {
        return new GoalData(field, title, description, department, targetDate);
    }
}
