package de.lotse.portfolio;

/** How urgent a project is for the municipality. */
public enum ProjectPriority {
    HIGH,
    MEDIUM,
    LOW
}
