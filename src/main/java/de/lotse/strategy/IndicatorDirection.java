package de.lotse.strategy;

/** Whether an indicator improves when its value rises (e.g. online services) or falls (e.g. CO₂). */
public enum IndicatorDirection {
    HIGHER_IS_BETTER,
    LOWER_IS_BETTER
}
