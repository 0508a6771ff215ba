package de.lotse.platform;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A list as a file: CSV (semicolons, UTF-8 with BOM, as spreadsheet programs in Germany read it) or
 * XLSX (streamed, so a long list needs little memory). Dates become date cells, numbers number cells.
 * A CSV text cell that a spreadsheet would read as a formula is defused (see {@link #defused}).
 */
public final class TableFile {

    /** The XLSX media type. */
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** The CSV media type with the character set the files are written in. */
    public static final String CSV = "text/csv;charset=UTF-8";

    /** The rows of a list, given one by one to whoever writes them (read page by page, for example). */
    @FunctionalInterface
    public interface Rows {
        void forEach(Consumer<List<?>> row);
    }

    private TableFile() {}

    /** Makes the response a download of a file of this type and name. */
    public static void download(jakarta.servlet.http.HttpServletResponse response, String contentType, String name) {
        response.setContentType(contentType);
        response.setHeader(
                org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
                org.springframework.http.ContentDisposition.attachment()
                        .filename(name)
                        .build()
                        .toString());
    }

    /** The characters a spreadsheet program takes as the start of a formula (or of a DDE call, {@code |}). */
    private static final String FORMULA_STARTS = "=+-@|\t\r";

    /**
     * The text as a CSV cell that no spreadsheet program takes for a formula: a text starting with
     * {@code = + - @ |}, tab or carriage return gets a leading apostrophe (CSV injection, OWASP). Only
     * texts are defused; numbers are written as {@link Number}s and stay numbers, so a negative amount
     * stays readable and summable, while a text such as {@code -1+1} (which nobody can tell from an
     * attack) keeps its characters behind the apostrophe.
     */
    public static String defused(String text) {
        if (text != null && !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }

    public static void csv(List<String> headers, Rows rows, OutputStream out) throws IOException {
        OutputStreamWriter writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\ufeff');
        try (CSVPrinter csv =
                CSVFormat.DEFAULT.builder().setDelimiter(';').get().print(writer)) {
            csv.printRecord(headers.stream().map(TableFile::defused).toList());
            rows.forEach(values -> {
                try {
                    csv.printRecord(values.stream().map(TableFile::cell).toList());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    private static Object cell(Object value) {
        return value instanceof CharSequence text ? defused(text.toString()) : value;
    }

    public static void xlsx(String sheetName, List<String> headers, Rows rows, OutputStream out) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            Sheet sheet = workbook.createSheet(sheetName);
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd.mm.yyyy"));
            Row header = sheet.createRow(0);
            for (int i = 0; i < headers.size(); i++) {
                header.createCell(i).setCellValue(headers.get(i));
            }
            int[] next = {1};
            rows.forEach(values -> {
                Row row = sheet.createRow(next[0]++);
                for (int i = 0; i < values.size(); i++) {
                    write(row, i, values.get(i), date);
                }
            });
            workbook.write(out);
        }
    }

    private static void write(Row row, int column, Object value, CellStyle date) {
        if (value == null) {
            return;
        }
        Cell cell = row.createCell(column);
        if (value instanceof LocalDate day) {
            cell.setCellValue(day);
            cell.setCellStyle(date);
        } else if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
        } else {
            cell.setCellValue(value.toString());
        }
    }
}
