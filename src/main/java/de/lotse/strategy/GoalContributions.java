package de.lotse.strategy;

import java.util.Collection;
import java.util.List;

/**
 * Provided by modules whose records serve goals; the strategy page asks every such bean once for all
 * goals it shows (one query per provider, not one per goal).
 */
public interface GoalContributions {

    /** What serves the given goals of the current municipality, in the order to show. */
    List<GoalContribution> forGoals(Collection<GoalId> goals);
}
