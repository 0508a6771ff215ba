package de.lotse.portfolio;

/** The probability or the impact of a risk. */
public enum RiskLevel {
    LOW,
    MEDIUM,
    HIGH
}
