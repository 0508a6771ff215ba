package de.lotse.inventory;

/** What a project of the portfolio does to an application: introduces it or replaces it. */
public enum ProjectLinkKind {
    INTRODUCES,
    REPLACES
}
