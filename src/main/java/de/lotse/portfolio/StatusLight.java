package de.lotse.portfolio;

/** The traffic light of a status report: on track, at risk, or in trouble. */
public enum StatusLight {
    GREEN,
    YELLOW,
    RED
}
