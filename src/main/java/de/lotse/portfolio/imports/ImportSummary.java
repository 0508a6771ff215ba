package de.lotse.portfolio.imports;

/**
 * What an import did.
 *
 * @param created projects created from rows without an id
 * @param updated existing projects changed
 * @param unchanged rows whose project already was as the row says
 */
public record ImportSummary(int created, int updated, int unchanged) {}
