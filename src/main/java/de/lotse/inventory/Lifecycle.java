package de.lotse.inventory;

/** Where an application stands in its life: planned, being introduced, in use, to be replaced, retired. */
public enum Lifecycle {
    PLANNED,
    INTRODUCTION,
    IN_USE,
    TO_BE_REPLACED,
    RETIRED
}
