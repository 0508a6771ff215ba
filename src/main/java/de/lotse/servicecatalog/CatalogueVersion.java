package de.lotse.servicecatalog;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A catalogue that was applied.
 *
 * @param label what it is, e.g. "OZG-Umsetzungskatalog mit LeiKa-Leistungen"
 * @param contentDate the date of its content (Stand)
 * @param appliedBy {@code shipped} for the catalogue shipped with Lotse, else the operator's name
 */
public record CatalogueVersion(
        int id,
        String label,
        LocalDate contentDate,
        Instant appliedAt,
        String appliedBy,
        int topics,
        int ozgServices,
        int leikaServices) {}
