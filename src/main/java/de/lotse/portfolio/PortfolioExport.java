package de.lotse.portfolio;

import de.lotse.platform.TableFile;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
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

    private static final int CHUNK = 1_000;

    private static final List<PortfolioColumn> COLUMNS = List.of(PortfolioColumn.values());

    private final Portfolio portfolio;
    private final MessageSource messages;

    PortfolioExport(Portfolio portfolio, MessageSource messages) {
        this.portfolio = portfolio;
        this.messages = messages;
    }

    public void csv(PortfolioFilter filter, Locale locale, OutputStream out) throws IOException {
        TableFile.csv(headers(locale), rows(filter, locale), out);
    }

    public void xlsx(PortfolioFilter filter, Locale locale, OutputStream out) throws IOException {
        TableFile.xlsx(
                messages.getMessage("portfolio.title", null, locale), headers(locale), rows(filter, locale), out);
    }

    private TableFile.Rows rows(PortfolioFilter filter, Locale locale) {
        return row -> forEach(filter, project -> row.accept(values(project, locale)));
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
