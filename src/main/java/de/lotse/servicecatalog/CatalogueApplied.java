package de.lotse.servicecatalog;

/** Published when a catalogue became the current one, so every municipality gets rows for its services. */
record CatalogueApplied(int version) {}
