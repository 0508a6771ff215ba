/**
 * Spreadsheets that a module's list is imported from: the columns of a sheet by their German or
 * English header or code, the cells of its rows checked with every problem reported by row and
 * column, records named by name, the template with the allowed values, and the answer of a rejected
 * import. A module brings its columns and its rules; the file handling is the same for all.
 */
@org.springframework.modulith.NamedInterface("sheets")
package de.lotse.platform.sheets;
