/**
 * The import of applications from an XLSX spreadsheet (the export's file or the template): every row
 * checked first, every problem reported with its row and column, and nothing saved unless all rows
 * are right; then applied in one transaction through the inventory's {@code Applications}.
 */
package de.lotse.inventory.imports;
