package de.lotse.platform.sheets;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The empty spreadsheet to fill in for an import: a first sheet with the headers of the columns the
 * import reads, a second one with the values they can have, and drop-downs in the first sheet's
 * columns that take one of those values.
 */
public final class SheetTemplate {

    /**
     * The values one column can have, listed on the values sheet.
     *
     * @param header the column's header
     * @param values the values, in the order to offer them
     * @param dropDownColumn the column of the first sheet (from 0) that offers them as a drop-down, or
     *     -1 for none (a column that takes several values separated by commas)
     * @param onlyListed whether the drop-down refuses other values; otherwise it only warns
     */
    public record Values(String header, List<String> values, int dropDownColumn, boolean onlyListed) {

        /** Values whose drop-down refuses any other. */
        public Values(String header, List<String> values, int dropDownColumn) {
            this(header, values, dropDownColumn, true);
        }
    }

    private SheetTemplate() {}

    /**
     * Writes the template.
     *
     * @param wideColumn the column (from 0) that holds ids, made wide enough for them
     * @param rows how many rows below the header get the drop-downs
     */
    public static void write(
            String sheetName,
            List<String> headers,
            int wideColumn,
            String valuesSheetName,
            List<Values> values,
            int rows,
            OutputStream out)
            throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Sheet records = workbook.createSheet(sheetName);
            Row header = records.createRow(0);
            for (int i = 0; i < headers.size(); i++) {
                headerCell(header, i, headers.get(i), bold);
                records.setColumnWidth(i, i == wideColumn ? 38 * 256 : 24 * 256);
            }
            records.createFreezePane(0, 1);

            Sheet allowed = workbook.createSheet(valuesSheetName);
            Row allowedHeader = allowed.createRow(0);
            DataValidationHelper validations = records.getDataValidationHelper();
            for (int column = 0; column < values.size(); column++) {
                Values list = values.get(column);
                headerCell(allowedHeader, column, list.header(), bold);
                allowed.setColumnWidth(column, 40 * 256);
                for (int i = 0; i < list.values().size(); i++) {
                    Row row = allowed.getRow(i + 1) == null ? allowed.createRow(i + 1) : allowed.getRow(i + 1);
                    row.createCell(column).setCellValue(list.values().get(i));
                }
                if (list.dropDownColumn() >= 0 && !list.values().isEmpty()) {
                    String letter = CellReference.convertNumToColString(column);
                    String range = "'" + valuesSheetName.replace("'", "''") + "'!$" + letter + "$2:$" + letter + "$"
                            + (list.values().size() + 1);
                    DataValidation validation = validations.createValidation(
                            validations.createFormulaListConstraint(range),
                            new CellRangeAddressList(1, rows, list.dropDownColumn(), list.dropDownColumn()));
                    validation.setShowErrorBox(true);
                    validation.setErrorStyle(
                            list.onlyListed() ? DataValidation.ErrorStyle.STOP : DataValidation.ErrorStyle.WARNING);
                    records.addValidationData(validation);
                }
            }
            workbook.write(out);
        }
    }

    private static void headerCell(Row row, int column, String text, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(text);
        cell.setCellStyle(style);
    }
}
