package de.lotse.platform.sheets;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The rows of an uploaded XLSX file: its first sheet, the headers in its first row, the cells of the
 * module's columns in the rows below. Empty rows are skipped; columns the import does not read (the
 * export's computed columns, a person's own notes) are ignored.
 *
 * @param headers the columns found, with their headers as the file writes them
 * @param rows the rows with content
 * @param <C> the module's columns
 */
public record ImportSheet<C extends Enum<C> & SheetColumn>(Map<C, String> headers, List<SheetRow<C>> rows) {

    /**
     * A cell's content.
     *
     * @param text the text as shown, stripped; {@code null} for an empty cell
     * @param date the day, when the cell holds a date
     */
    public record Value(String text, LocalDate date) {}

    /**
     * A row with content.
     *
     * @param number its number as the spreadsheet shows it
     * @param values its cells by column; an empty cell is missing
     */
    public record SheetRow<C>(int number, Map<C, Value> values) {

        public Value value(C column) {
            return values.get(column);
        }

        public String text(C column) {
            Value value = values.get(column);
            return value == null ? null : value.text();
        }
    }

    private static final byte[] ZIP = {'P', 'K', 3, 4};

    /**
     * The most bytes the file's parts may have unpacked: far more than 5,000 rows of long texts need,
     * far less than a packed file of a few megabytes of repeated bytes would fill the memory with.
     */
    public static final long MAX_UNPACKED_BYTES = 150L * 1024 * 1024;

    /**
     * Reads the file.
     *
     * @param required the column every file must have (the records' title or name)
     * @param keys the prefix of the problems' message keys ({@code portfolio.import}: {@code
     *     portfolio.import.file.empty}, …)
     * @throws ImportRejectedException when it is empty, no XLSX file, has no required column, no rows or
     *     more than {@code maxRows}
     */
    public static <C extends Enum<C> & SheetColumn> ImportSheet<C> read(
            byte[] file, int maxRows, SheetColumns<C> columns, C required, String keys, Locale locale) {
        if (file == null || file.length == 0) {
            throw rejected(ImportProblem.ofFile(keys + ".file.empty"));
        }
        if (file.length < ZIP.length || !java.util.Arrays.equals(file, 0, ZIP.length, ZIP, 0, ZIP.length)) {
            throw rejected(ImportProblem.ofFile(keys + ".file.not-xlsx"));
        }
        if (unpackedSize(file, keys) > MAX_UNPACKED_BYTES) {
            throw rejected(ImportProblem.ofFile(keys + ".file.too-large"));
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            if (workbook.getNumberOfSheets() == 0) {
                throw rejected(ImportProblem.ofFile(keys + ".file.no-rows"));
            }
            return read(workbook.getSheetAt(0), maxRows, columns, required, keys, locale);
        } catch (IOException | RuntimeException e) {
            if (e instanceof ImportRejectedException rejected) {
                throw rejected;
            }
            // not a spreadsheet POI can open: another zip file, a damaged or encrypted workbook
            throw rejected(ImportProblem.ofFile(keys + ".file.not-xlsx"));
        }
    }

    /** The bytes of the zip file's entries unpacked, counted without keeping them, up to just over the limit. */
    private static long unpackedSize(byte[] file, String keys) {
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        // as POI reads it: stored entries with a data descriptor (as streamed workbooks write them) are allowed
        try (ZipArchiveInputStream zip =
                new ZipArchiveInputStream(new ByteArrayInputStream(file), "UTF-8", true, true)) {
            while (zip.getNextEntry() != null && total <= MAX_UNPACKED_BYTES) {
                int read;
                while ((read = zip.read(buffer)) > 0 && total <= MAX_UNPACKED_BYTES) {
                    total += read;
                }
            }
        } catch (IOException | RuntimeException e) {
            throw rejected(ImportProblem.ofFile(keys + ".file.not-xlsx"));
        }
        return total;
    }

    private static <C extends Enum<C> & SheetColumn> ImportSheet<C> read(
            Sheet sheet, int maxRows, SheetColumns<C> columns, C required, String keys, Locale locale) {
        Row header = sheet.getPhysicalNumberOfRows() == 0 ? null : sheet.getRow(sheet.getFirstRowNum());
        if (header == null) {
            throw rejected(ImportProblem.ofFile(keys + ".file.no-rows"));
        }
        Map<C, String> headers = new EnumMap<>(columns.type());
        Map<C, Integer> positions = new EnumMap<>(columns.type());
        for (Cell cell : header) {
            Value value = value(cell);
            if (value.text() != null) {
                columns.recognise(value.text())
                        .filter(SheetColumn::imported)
                        .filter(column -> !positions.containsKey(column))
                        .ifPresent(column -> {
                            headers.put(column, value.text());
                            positions.put(column, cell.getColumnIndex());
                        });
            }
        }
        if (!headers.containsKey(required)) {
            throw rejected(new ImportProblem(
                    header.getRowNum() + 1, columns.label(required, locale), keys + ".column.missing", null));
        }
        List<SheetRow<C>> rows = new ArrayList<>();
        for (int index = header.getRowNum() + 1; index <= sheet.getLastRowNum(); index++) {
            Row row = sheet.getRow(index);
            if (row == null) {
                continue;
            }
            Map<C, Value> values = new EnumMap<>(columns.type());
            positions.forEach((column, position) -> {
                Cell cell = row.getCell(position);
                Value value = cell == null ? null : value(cell);
                if (value != null && (value.text() != null || value.date() != null)) {
                    values.put(column, value);
                }
            });
            if (values.isEmpty()) {
                continue;
            }
            if (rows.size() == maxRows) {
                throw rejected(new ImportProblem(
                        row.getRowNum() + 1, null, keys + ".file.too-many-rows", String.valueOf(maxRows)));
            }
            rows.add(new SheetRow<>(row.getRowNum() + 1, values));
        }
        if (rows.isEmpty()) {
            throw rejected(ImportProblem.ofFile(keys + ".file.no-rows"));
        }
        return new ImportSheet<>(headers, rows);
    }

    /** The cell's content; of a formula its last computed result (formulas are never evaluated here). */
    private static Value value(Cell cell) {
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> new Value(blankToNull(cell.getStringCellValue()), null);
            case NUMERIC ->
                DateUtil.isCellDateFormatted(cell)
                        ? new Value(
                                cell.getLocalDateTimeCellValue().toLocalDate().toString(),
                                cell.getLocalDateTimeCellValue().toLocalDate())
                        : new Value(NumberToTextConverter.toText(cell.getNumericCellValue()), null);
            case BOOLEAN -> new Value(String.valueOf(cell.getBooleanCellValue()), null);
            default -> new Value(null, null);
        };
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static ImportRejectedException rejected(ImportProblem problem) {
        return new ImportRejectedException(List.of(problem));
    }
}
