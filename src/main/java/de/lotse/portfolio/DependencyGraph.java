package de.lotse.portfolio;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** The dependencies between a municipality's projects, to refuse a change that would close a cycle. */
final class DependencyGraph {

    private final Map<ProjectId, Set<ProjectId>> dependsOn;

    /** @param dependsOn for each project, the projects it depends on now */
    DependencyGraph(Map<ProjectId, Set<ProjectId>> dependsOn) {
        this.dependsOn = dependsOn;
    }

    /**
     * Whether letting the project depend on the given ones would make it depend on itself, directly
     * or through others.
     */
    boolean wouldCycle(ProjectId project, Set<ProjectId> newDependencies) {
        Deque<ProjectId> open = new ArrayDeque<>(newDependencies);
        Set<ProjectId> seen = new HashSet<>();
        while (!open.isEmpty()) {
            ProjectId next = open.pop();
            if (next.equals(project)) {
                return true;
            }
            if (seen.add(next)) {
                open.addAll(dependsOn.getOrDefault(next, Set.of()));
            }
        }
        return false;
    }
}
