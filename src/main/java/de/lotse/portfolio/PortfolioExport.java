package de.lotse.portfolio;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * The portfolio list of a filter as a file: CSV (semicolons, UTF-8 with BOM, as spreadsheet programs
 * in Germany read it) or XLSX (streamed, so a large portfolio needs little memory). One row per
 * project, read from the database page by page, in the columns of {@link PortfolioColumn}; the
 * XLSX file can be imported again as it is.
 */
@Component
public class PortfolioExport {

    /** The XLSX media type. */
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static final int CHUNK = 1_000;

    private static final List<PortfolioColumn> COLUMNS = List.of(PortfolioColumn.values());

    private final Portfolio portfolio;
    private final MessageSource messages;

    PortfolioExport(Portfolio portfolio, MessageSource messages) {
        this.portfolio = portfolio;
        this.messages = messages;
    }

    public void csv(PortfolioFilter filter, Locale locale, OutputStream out) throws IOException {
        OutputStreamWriter writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\ufeff');
        try (CSVPrinter csv =
                CSVFormat.DEFAULT.builder().setDelimiter(';').get().print(writer)) {
            csv.printRecord(headers(locale));
            forEach(filter, row -> {
                try {
                    csv.printRecord(values(row, locale));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
    }

    public void xlsx(PortfolioFilter filter, Locale locale, OutputStream out) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            Sheet sheet = workbook.createSheet(messages.getMessage("portfolio.title", null, locale));
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd.mm.yyyy"));
            Row header = sheet.createRow(0);
            List<String> headers = headers(locale);
            for (int i = 0; i < headers.size(); i++) {
                header.createCell(i).setCellValue(headers.get(i));
            }
            int[] next = {1};
            forEach(filter, project -> {
                Row row = sheet.createRow(next[0]++);
                List<Object> values = values(project, locale);
                for (int i = 0; i < values.size(); i++) {
                    Object value = values.get(i);
                    if (value instanceof LocalDate day) {
                        var cell = row.createCell(i);
                        cell.setCellValue(day);
                        cell.setCellStyle(date);
                    } else if (value != null) {
                        row.createCell(i).setCellValue(value.toString());
                    }
                }
            });
            workbook.write(out);
        }
    }

    private void forEach(PortfolioFilter filter, Consumer<PortfolioRow> action) {
        int page = 0;
        Page<PortfolioRow> rows;
        do {
            rows = portfolio.page(filter, PageRequest.of(page++, CHUNK));
            rows.forEach(action);
        } while (rows.hasNext());
    }

    private List<String> headers(Locale locale) {
        return COLUMNS.stream()
                .map(column -> messages.getMessage(column.messageKey(), null, locale))
                .toList();
    }

    private List<Object> values(PortfolioRow row, Locale locale) {
        List<Object> values = new ArrayList<>();
        values.add(row.id().toString());
        values.add(row.title());
        values.add(messages.getMessage("project.phase." + row.phase(), null, locale));
        values.add(messages.getMessage("project.mode." + row.mode(), null, locale));
        values.add(messages.getMessage("project.priority." + row.priority(), null, locale));
        values.add(
                row.status() == null
                        ? messages.getMessage("project.status.none", null, locale)
                        : messages.getMessage("project.light." + row.status(), null, locale));
        values.add(row.reportDate());
        values.add(
                messages.getMessage("portfolio.export.yes-no." + row.reportDue().overdue(), null, locale));
        values.add(row.departmentName());
        values.add(row.lead());
        values.add(String.join(", ", row.goals().values()));
        values.add(String.join(", ", row.topics()));
        values.add(row.plannedStart());
        values.add(row.plannedEnd());
        values.add(row.summary());
        return values;
    }
}
