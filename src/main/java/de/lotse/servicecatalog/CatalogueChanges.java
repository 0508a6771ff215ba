package de.lotse.servicecatalog;

import java.util.List;

/**
 * What applying a catalogue changes in the current one: the OZG-Leistungen and LeiKa services it
 * adds, changes and withdraws. Shown to the operator before an import is applied.
 */
public record CatalogueChanges(List<Change> ozgServices, List<Change> leikaServices) {

    /** What happens to one service. */
    public enum Kind {
        ADDED,
        CHANGED,
        WITHDRAWN
    }

    /**
     * One service that is added, changed or withdrawn.
     *
     * @param key its OZG-ID or LeiKa key; for a LeiKa service without key, empty
     * @param name its name (the new one, when it changes)
     */
    public record Change(Kind kind, String key, String name) {}

    public long count(List<Change> changes, Kind kind) {
        return changes.stream().filter(change -> change.kind() == kind).count();
    }

    public boolean isEmpty() {
        return ozgServices.isEmpty() && leikaServices.isEmpty();
    }
}
