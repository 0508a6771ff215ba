package de.lotse.audit;

/**
 * One property of a record before and after a change.
 *
 * @param property the column name, e.g. {@code short_name}
 * @param oldValue the value before, {@code null} when there was none (also on creation)
 * @param newValue the value after, {@code null} when there is none (also on deletion)
 * @param oldLabel a readable name for an old value that refers to another record, or {@code null}
 * @param newLabel a readable name for a new value that refers to another record, or {@code null}
 */
public record PropertyChange(String property, String oldValue, String newValue, String oldLabel, String newLabel) {}
