package de.lotse.platform.sheets;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Real XLSX files for the import's tests, written and read with POI. */
public final class Spreadsheets {

    private Spreadsheets() {}

    /** A workbook with the header row and the rows (texts, dates, {@code null} for an empty cell). */
    public static byte[] xlsx(List<String> headers, List<List<Object>> rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("Maßnahmen");
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd.mm.yyyy"));
            write(sheet.createRow(0), new ArrayList<>(headers), date);
            for (int i = 0; i < rows.size(); i++) {
                write(sheet.createRow(i + 1), rows.get(i), date);
            }
            return bytes(workbook);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A row of cells for {@link #xlsx}: texts, dates, ids (written as their text), {@code null} for an empty cell. */
    public static List<Object> row(Object... values) {
        return java.util.Arrays.asList(values);
    }

    /** The same file with one cell (row and column counted from 0, as POI does) set to a text. */
    public static byte[] withCell(byte[] file, int row, int column, String text) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            Sheet sheet = workbook.getSheetAt(0);
            Row target = sheet.getRow(row) == null ? sheet.createRow(row) : sheet.getRow(row);
            target.createCell(column).setCellValue(text);
            return bytes(workbook);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same file with the column (counted from 0) set to the text in every row below the header. */
    public static byte[] withColumn(byte[] file, int column, String text) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            Sheet sheet = workbook.getSheetAt(0);
            for (int row = 1; row <= sheet.getLastRowNum(); row++) {
                if (sheet.getRow(row) != null) {
                    sheet.getRow(row).createCell(column).setCellValue(text);
                }
            }
            return bytes(workbook);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The texts of a sheet's row. */
    public static List<String> rowTexts(byte[] file, int sheet, int row) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            List<String> texts = new ArrayList<>();
            Row found = workbook.getSheetAt(sheet).getRow(row);
            if (found != null) {
                found.forEach(cell -> texts.add(cell.toString()));
            }
            return texts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The texts of every cell of the first sheets, row by row, however many rows they have. */
    public static List<String> allTexts(byte[] file, int sheets) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            List<String> texts = new ArrayList<>();
            for (int sheet = 0; sheet < Math.min(sheets, workbook.getNumberOfSheets()); sheet++) {
                workbook.getSheetAt(sheet).forEach(row -> row.forEach(cell -> texts.add(cell.toString())));
            }
            return texts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The column (counted from 0) that has the header. */
    public static int column(byte[] file, String header) {
        List<String> headers = rowTexts(file, 0, 0);
        int index = headers.indexOf(header);
        if (index < 0) {
            throw new IllegalArgumentException(header + " not in " + headers);
        }
        return index;
    }

    private static void write(Row row, List<Object> values, CellStyle dateStyle) {
        for (int i = 0; i < values.size(); i++) {
            Object value = values.get(i);
            if (value instanceof LocalDate day) {
                var cell = row.createCell(i);
                cell.setCellValue(day);
                cell.setCellStyle(dateStyle);
            } else if (value != null) {
                row.createCell(i).setCellValue(value.toString());
            }
        }
    }

    private static byte[] bytes(Workbook workbook) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbook.write(out);
        return out.toByteArray();
    }
}
