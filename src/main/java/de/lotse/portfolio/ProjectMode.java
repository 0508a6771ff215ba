package de.lotse.portfolio;

/** The speed a project runs at: agile in the lab, or in the line organisation. */
public enum ProjectMode {
    LAB,
    LINE
}
