package de.lotse.servicecatalog;

/**
 * Something wrong in a catalogue file, precise enough to find and fix it.
 *
 * @param file the file's name, e.g. {@code leika_leistungen.csv}
 * @param line the line in the file, from 1 (the header is line 1); 0 for the file as a whole
 * @param column the column's name, or {@code null}
 * @param messageKey the message saying what is wrong
 * @param value the value at fault, or {@code null}
 */
public record CatalogueProblem(String file, long line, String column, String messageKey, String value) {}
