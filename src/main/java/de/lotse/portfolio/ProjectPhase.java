package de.lotse.portfolio;

import java.util.EnumSet;
import java.util.Set;

/** Where a project stands, from the first idea to operation, or how it ended. */
public enum ProjectPhase {
    IDEA,
    CONCEPT,
    FUNDING,
    PROCUREMENT,
    IMPLEMENTATION,
    /** Rollout and qualification of the staff who will use it. */
    ROLLOUT,
    OPERATION,
    CLOSED,
    STOPPED;

    /** The phases a project passes through when all goes to plan, in order. */
    public static final Set<ProjectPhase> ACTIVE =
            EnumSet.of(CONCEPT, FUNDING, PROCUREMENT, IMPLEMENTATION, ROLLOUT, OPERATION);

    /** Whether a project may move from this phase to the other one. */
    public boolean canMoveTo(ProjectPhase target) {
        if (target == this) {
            return false;
        }
        return switch (this) {
            // closed is the end; a closed project that starts again is a new project
            case CLOSED -> false;
            // a stopped project may be taken up again from the start
            case STOPPED -> target == IDEA || target == CONCEPT;
            // moving back (re-planning) and skipping phases (no funding needed) are both normal
            default -> true;
        };
    }

    /** Whether a project in this phase must serve at least one goal: every phase after the idea. */
    public boolean needsGoal() {
        return this != IDEA;
    }

    /** Whether a project in this phase owes status reports: from concept to operation. */
    public boolean reports() {
        return ACTIVE.contains(this);
    }
}
