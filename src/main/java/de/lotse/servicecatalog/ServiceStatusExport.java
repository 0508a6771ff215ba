package de.lotse.servicecatalog;

import de.lotse.platform.TableFile;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

/** The municipality's status list of a filter as a CSV or XLSX file, one row per service, read page by page. */
@Component
public class ServiceStatusExport {

    private static final int CHUNK = 1_000;

    private static final List<String> COLUMNS = List.of(
            "leika-key",
            "name",
            "ozg-id",
            "topic",
            "concerned",
            "department",
            "solution",
            "provider",
            "shared",
            "url",
            "online-since",
            "model",
            "level",
            "level-name",
            "cases-year",
            "cases-online",
            "cases-offline",
            "digital-share",
            "remarks");

    private final ServiceStatuses statuses;
    private final MaturityModels models;
    private final MessageSource messages;

    ServiceStatusExport(ServiceStatuses statuses, MaturityModels models, MessageSource messages) {
        this.statuses = statuses;
        this.models = models;
        this.messages = messages;
    }

    public void csv(ServiceStatusFilter filter, Pageable order, Locale locale, OutputStream out) throws IOException {
        TableFile.csv(headers(locale), rows(filter, order, locale), out);
    }

    public void xlsx(ServiceStatusFilter filter, Pageable order, Locale locale, OutputStream out) throws IOException {
        TableFile.xlsx(
                messages.getMessage("service-status.title", null, locale),
                headers(locale),
                rows(filter, order, locale),
                out);
    }

    private List<String> headers(Locale locale) {
        return COLUMNS.stream()
                .map(column -> messages.getMessage("service-status.export." + column, null, locale))
                .toList();
    }

    private TableFile.Rows rows(ServiceStatusFilter filter, Pageable order, Locale locale) {
        List<MaturityLevel> levels = models.levels(models.current());
        return row -> forEach(filter, order, status -> row.accept(values(status, levels, locale)));
    }

    private void forEach(ServiceStatusFilter filter, Pageable order, Consumer<ServiceStatusRow> action) {
        int page = 0;
        Page<ServiceStatusRow> rows;
        do {
            rows = statuses.list(filter, PageRequest.of(page++, CHUNK, order.getSort()));
            rows.forEach(action);
        } while (rows.hasNext());
    }

    private List<Object> values(ServiceStatusRow row, List<MaturityLevel> levels, Locale locale) {
        return Arrays.asList(
                row.leikaKey(),
                row.name(),
                row.ozgId(),
                row.topic(),
                yesNo(row.concerned(), locale),
                row.departmentName(),
                row.solutionName(),
                row.solutionProvider(),
                yesNo(row.sharedSolution(), locale),
                row.onlineUrl(),
                row.onlineSince(),
                messages.getMessage("maturity-model." + row.maturityModel(), null, locale),
                row.maturityLevel(),
                levels.get(row.maturityLevel()).name(locale),
                row.casesYear(),
                row.casesOnline(),
                row.casesOffline(),
                row.digitalShare(),
                row.remarks());
    }

    private String yesNo(boolean value, Locale locale) {
        return messages.getMessage("service-status.export.yes-no." + value, null, locale);
    }
}
