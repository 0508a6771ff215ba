package de.lotse.inventory.imports;

import de.lotse.inventory.ApplicationId;

/**
 * What a successor's name means: an application of the municipality, or one that a row above creates.
 *
 * @param existing the application, {@code null} for a new one
 * @param newRow the row that creates it, 0 for an existing one
 */
record Successor(ApplicationId existing, int newRow) {

    static Successor of(ApplicationId existing) {
        return new Successor(existing, 0);
    }

    static Successor createdIn(int row) {
        return new Successor(null, row);
    }
}
