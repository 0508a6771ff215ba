/**
 * The import of projects from an XLSX spreadsheet (the export's file or the template): every row
 * checked first, every problem reported with its row and column, and nothing saved unless all rows
 * are right; then applied in one transaction through the portfolio's {@code Projects}.
 */
package de.lotse.portfolio.imports;
