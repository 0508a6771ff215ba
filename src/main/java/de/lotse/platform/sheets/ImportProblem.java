package de.lotse.platform.sheets;

/**
 * What is wrong with an imported file.
 *
 * @param row the row as the spreadsheet numbers it (the header is row 1), 0 for the file as a whole
 * @param column the column's header as the file names it, or {@code null} for the whole row or file
 * @param messageKey what is wrong
 * @param value the value at fault (also the message's argument), or {@code null}
 */
public record ImportProblem(int row, String column, String messageKey, String value) {

    public static ImportProblem ofFile(String messageKey) {
        return new ImportProblem(0, null, messageKey, null);
    }
}
