package de.lotse.portfolio;

/**
 * A project moved from one phase to another, published within the transaction that moved it, so a
 * listener's changes are saved (and recorded) with it: the inventory marks the applications a
 * project replaces as to be retired when it reaches operation, for example.
 */
public record ProjectPhaseChanged(ProjectId project, ProjectPhase from, ProjectPhase to) {}
