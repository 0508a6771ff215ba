package de.lotse.strategy.api;

import de.lotse.strategy.Goal;
import java.time.LocalDate;
import java.util.UUID;

/** A goal as the REST API shows it. */
record GoalResponse(
        UUID id,
        long version,
        UUID fieldId,
        int position,
        String title,
        String description,
        UUID departmentId,
        LocalDate targetDate) {

    static GoalResponse of(Goal goal) {
        return new GoalResponse(
                goal.id().value(),
                goal.version(),
                goal.field().value(),
                goal.position(),
                goal.title(),
                goal.description(),
                goal.department() == null ? null : goal.department().value(),
                goal.targetDate());
    }
}
