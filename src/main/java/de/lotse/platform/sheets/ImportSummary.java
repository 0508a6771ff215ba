package de.lotse.platform.sheets;

/**
 * What an import did.
 *
 * @param created records created from rows without an id
 * @param updated existing records changed
 * @param unchanged rows whose record already was as the row says
 */
public record ImportSummary(int created, int updated, int unchanged) {}
