package de.lotse.inventory;

/** How badly the administration suffers when an application fails. */
public enum Criticality {
    LOW,
    MEDIUM,
    HIGH
}
