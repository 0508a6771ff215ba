package de.lotse.strategy;

import de.lotse.platform.InvalidFieldException;
import de.lotse.platform.RecordNotFoundException;
import de.lotse.platform.StaleVersionException;
import de.lotse.platform.StillReferencedException;
import de.lotse.platform.TransactionLocks;
import de.lotse.tenancy.DepartmentId;
import de.lotse.tenancy.Departments;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/** Maintains the goals of the current municipality, ordered within their field of action. */
@Service
@Validated
@Transactional
public class Goals {

    private final GoalRepository repository;
    private final FieldOfActionRepository fields;
    private final Departments departments;
    private final Indicators indicators;
    private final ObjectProvider<GoalContributions> contributions;
    private final TransactionLocks locks;

    Goals(
            GoalRepository repository,
            FieldOfActionRepository fields,
            Departments departments,
            Indicators indicators,
            ObjectProvider<GoalContributions> contributions,
            TransactionLocks locks) {
        this.locks = locks;
        this.repository = repository;
        this.fields = fields;
        this.departments = departments;
        this.indicators = indicators;
        this.contributions = contributions;
    }

    @Transactional(readOnly = true)
    public Page<Goal> page(FieldOfActionId field, Pageable pageable) {
        return field == null ? repository.findAllBy(pageable) : repository.findByField(field, pageable);
    }

    @Transactional(readOnly = true)
    public List<Goal> ofField(FieldOfActionId field) {
        return repository.findByFieldOrderByPositionAscTitleAsc(field);
    }

    @Transactional(readOnly = true)
    public Goal get(GoalId id) {
        return repository.findById(id).orElseThrow(() -> new RecordNotFoundException("goal", id));
    }

    /** Adds a goal at the end of its field of action. */
    public Goal create(@Valid GoalData data) {
        requireReferences(data);
        return repository.save(new Goal(data, nextPosition(data.field())));
    }

    /**
     * Changes a goal; a new field of action moves it to the end of that field.
     *
     * @param expectedVersion the version the person saw; another current version means someone else
     *     changed it in between, and nothing is changed
     */
    public Goal update(GoalId id, long expectedVersion, @Valid GoalData data) {
        Goal goal = current(id, expectedVersion);
        requireReferences(data);
        boolean otherField = !goal.field().equals(data.field());
        goal.apply(data);
        if (otherField) {
            goal.moveTo(nextPosition(data.field()));
        }
        return goal;
    }

    /** The place after the field's last goal, held until the transaction ends so that two new goals never share it. */
    private int nextPosition(FieldOfActionId field) {
        locks.lock("goal_position", field);
        return repository.nextPosition(field);
    }

    /** Moves a goal one place up (towards the start of its field) or down. */
    public Goal move(GoalId id, long expectedVersion, boolean up) {
        Goal goal = current(id, expectedVersion);
        List<Goal> siblings = ofField(goal.field());
        Positions.move(siblings, goal, siblings.indexOf(goal) + (up ? -1 : 1), Goal::position, Goal::moveTo);
        return goal;
    }

    /** Deletes a goal with its indicators and their values, unless something still serves it. */
    public void delete(GoalId id, long expectedVersion) {
        Goal goal = current(id, expectedVersion);
        for (GoalContributions provider : contributions) {
            if (!provider.forGoals(List.of(id)).isEmpty()) {
                throw new StillReferencedException("goal.delete.served");
            }
        }
        indicators.deleteAllOf(id);
        repository.delete(goal);
    }

    private Goal current(GoalId id, long expectedVersion) {
        Goal goal = get(id);
        if (goal.version() != expectedVersion) {
            throw new StaleVersionException(goal, goal.version());
        }
        return goal;
    }

    private void requireReferences(GoalData data) {
        if (fields.findById(data.field()).isEmpty()) {
            throw new InvalidFieldException("fieldId", "goal.field.unknown");
        }
        DepartmentId department = data.department();
        if (department != null
                && departments.tree().entries().stream()
                        .noneMatch(entry -> entry.department().id().equals(department))) {
            throw new InvalidFieldException("departmentId", "goal.department.unknown");
        }
    }
}
