package de.lotse.strategy.web;

import de.lotse.strategy.FieldOfActionId;
import de.lotse.strategy.Goal;
import de.lotse.strategy.GoalData;
import de.lotse.tenancy.DepartmentId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;

/** The form of a goal as the person filled it in. */
class GoalForm {

    @NotNull
    private UUID fieldId;

    @NotBlank
    @Size(max = 300)
    private String title;

    @Size(max = 4000)
    private String description;

    private UUID departmentId;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate targetDate;

    private long version;

    static GoalForm of(Goal goal) {
        GoalForm form = new GoalForm();
        form.fieldId = goal.field().value();
        form.title = goal.title();
        form.description = goal.description();
        form.departmentId = goal.department() == null ? null : goal.department().value();
        form.targetDate = goal.targetDate();
        form.version = goal.version();
        return form;
    }

    GoalData data() {
        return new GoalData(
                fieldId == null ? null : new FieldOfActionId(fieldId),
                title,
                description,
                departmentId == null ? null : new DepartmentId(departmentId),
                targetDate);
    }

    public UUID getFieldId() {
        return fieldId;
    }

    public void setFieldId(UUID fieldId) {
        this.fieldId = fieldId;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public UUID getDepartmentId() {
        return departmentId;
    }

    public void setDepartmentId(UUID departmentId) {
        this.departmentId = departmentId;
    }

    public LocalDate getTargetDate() {
        return targetDate;
    }

    public void setTargetDate(LocalDate targetDate) {
        this.targetDate = targetDate;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
