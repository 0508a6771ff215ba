package de.lotse.platform;

/**
 * Where the page of one kind of record is, so that its change history can link back to it. Each
 * module declares a bean for each kind of record it shows.
 *
 * @param recordType the record's table, as the change history names it, e.g. {@code department}
 * @param pathPrefix the page's address without the record's id, e.g. {@code /departments/}
 */
public record RecordPage(String recordType, String pathPrefix) {}
