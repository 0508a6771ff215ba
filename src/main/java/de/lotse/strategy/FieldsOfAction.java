package de.lotse.strategy;

import de.lotse.platform.InvalidFieldException;
import de.lotse.platform.RecordNotFoundException;
import de.lotse.platform.StaleVersionException;
import de.lotse.platform.StillReferencedException;
import de.lotse.platform.TransactionLocks;
import de.lotse.tenancy.CurrentTenant;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/** Maintains the fields of action of the current municipality, in their order. */
@Service
@Validated
@Transactional
public class FieldsOfAction {

    private final FieldOfActionRepository repository;
    private final GoalRepository goals;
    private final TransactionLocks locks;

    FieldsOfAction(FieldOfActionRepository repository, GoalRepository goals, TransactionLocks locks) {
        this.locks = locks;
        this.repository = repository;
        this.goals = goals;
    }

    @Transactional(readOnly = true)
    public List<FieldOfAction> all() {
        return repository.findAllByOrderByPositionAscNameAsc();
    }

    @Transactional(readOnly = true)
    public Page<FieldOfAction> page(Pageable pageable) {
        return repository.findAllBy(pageable);
    }

    @Transactional(readOnly = true)
    public FieldOfAction get(FieldOfActionId id) {
        return repository.findById(id).orElseThrow(() -> new RecordNotFoundException("field_of_action", id));
    }

    /** Adds a field of action after the others (after the last position, which a deletion may leave above the count). */
    public FieldOfAction create(@Valid FieldOfActionData data) {
        requirePaletteColour(data.colour());
        // two new fields at once must not share a position
        locks.lock("field_position", CurrentTenant.require());
        return repository.save(new FieldOfAction(data, repository.nextPosition()));
    }

    /**
     * Changes a field of action.
     *
     * @param expectedVersion the version the person saw; another current version means someone else
     *     changed it in between, and nothing is changed
     */
    public FieldOfAction update(FieldOfActionId id, long expectedVersion, @Valid FieldOfActionData data) {
        FieldOfAction field = current(id, expectedVersion);
        requirePaletteColour(data.colour());
        field.apply(data);
        return field;
    }

    /** Moves a field of action to another place in the order, from 0. */
    public FieldOfAction moveTo(FieldOfActionId id, long expectedVersion, int index) {
        FieldOfAction field = current(id, expectedVersion);
        Positions.move(all(), field, index, FieldOfAction::position, FieldOfAction::moveTo);
        return field;
    }

    /** Moves a field of action one place up (towards the start) or down. */
    public FieldOfAction move(FieldOfActionId id, long expectedVersion, boolean up) {
        FieldOfAction field = current(id, expectedVersion);
        List<FieldOfAction> all = all();
        return moveTo(id, expectedVersion, all.indexOf(field) + (up ? -1 : 1));
    }

    /** Deletes a field of action that has no goals (any more). */
    public void delete(FieldOfActionId id, long expectedVersion) {
        FieldOfAction field = current(id, expectedVersion);
        if (goals.existsByField(id)) {
            throw new StillReferencedException("field.delete.has-goals");
        }
        repository.delete(field);
    }

    private FieldOfAction current(FieldOfActionId id, long expectedVersion) {
        FieldOfAction field = get(id);
        if (field.version() != expectedVersion) {
            throw new StaleVersionException(field, field.version());
        }
        return field;
    }

    private static void requirePaletteColour(String colour) {
        if (FieldColour.ofHex(colour).isEmpty()) {
            throw new InvalidFieldException("colour", "field.colour.unknown");
        }
    }
}
