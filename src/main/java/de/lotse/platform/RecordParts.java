package de.lotse.platform;

import java.util.Set;

/**
 * The kinds of record that belong to another kind and show in its history: a project's status
 * reports and budget lines, for example, each referring to it by a column {@code <recordType>_id}.
 * Each module declares a bean for the parts it keeps; several beans for one kind add up.
 *
 * @param recordType the record's table, as the change history names it, e.g. {@code project}
 * @param partTypes the tables of its parts, e.g. {@code status_report}
 */
public record RecordParts(String recordType, Set<String> partTypes) {}
