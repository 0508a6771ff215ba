package de.lotse.strategy;

import java.util.Collection;
import java.util.List;

/**
 * Provided by modules whose records serve goals; the strategy page asks every such bean once for all
 * goals it shows (one query per provider, not one per goal).
 */
public interface GoalContributions {

    /** Everything that serves the given goals of the current municipality, in the order to show. */
    default List<GoalContribution> forGoals(Collection<GoalId> goals) {
        return firstForGoals(goals, Integer.MAX_VALUE).shown();
    }

    /**
     * The first {@code perGoal} of what serves each of the given goals, in the order to show, and for
     * the goals served by more, how many and where all of them are listed.
     */
    Selection firstForGoals(Collection<GoalId> goals, int perGoal);

    /** What a page shows of the contributions, and what it leaves out. */
    record Selection(List<GoalContribution> shown, List<More> more) {}

    /** A goal served by more than are shown: how many in all, and the page that lists them. */
    record More(GoalId goal, int total, String href) {}
}
