package de.lotse.audit.web;

import de.lotse.audit.AuditEntry;
import de.lotse.audit.AuditTrail;
import de.lotse.audit.PropertyChange;
import de.lotse.platform.TableFile;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The filtered audit list as a CSV file (semicolon-separated, UTF-8 with BOM, as spreadsheets in Germany expect). */
@Controller
class AuditCsvController {

    /** More rows than this belong in a narrower filter, not in one download. */
    static final int MAX_ROWS = 50_000;

    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private final AuditTrail trail;
    private final MessageSource messages;

    AuditCsvController(AuditTrail trail, MessageSource messages) {
        this.trail = trail;
        this.messages = messages;
    }

    @GetMapping("/audit.csv")
    @PreAuthorize("hasRole('ADMIN')")
    void export(
            @ModelAttribute("filter") AuditFilterForm filter,
            BindingResult invalidFields,
            Locale locale,
            HttpServletResponse response)
            throws IOException {
        FilterDates.require(invalidFields);
        var entries = trail.search(filter.toFilter(), PageRequest.of(0, MAX_ROWS));
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename("audit.csv").build().toString());
        Writer writer = response.getWriter();
        writer.write('\uFEFF');
        CSVFormat format = CSVFormat.Builder.create(CSVFormat.EXCEL)
                .setDelimiter(';')
                .setHeader(
                        text("audit.csv.time", locale),
                        text("audit.csv.author", locale),
                        text("audit.csv.record-type", locale),
                        text("audit.csv.record-id", locale),
                        text("audit.csv.kind", locale),
                        text("audit.csv.changes", locale))
                .get();
        try (CSVPrinter csv = new CSVPrinter(writer, format)) {
            for (AuditEntry entry : entries) {
                csv.printRecord(
                        ISO.format(entry.at()),
                        entry.bySystem() ? text("audit.author.system", locale) : TableFile.defused(entry.authorName()),
                        messages.getMessage(
                                "audit.record-type." + entry.recordType(), null, entry.recordType(), locale),
                        entry.recordId(),
                        text("audit.kind." + entry.kind(), locale),
                        TableFile.defused(entry.changes().stream()
                                .map(change -> describe(entry.recordType(), change, locale))
                                .collect(Collectors.joining("; "))));
            }
        }
    }

    private String describe(String recordType, PropertyChange change, Locale locale) {
        String property = messages.getMessage(
                "audit.property." + recordType + "." + change.property(), null, change.property(), locale);
        return property + ": " + value(recordType, change.property(), change.oldValue(), change.oldLabel(), locale)
                + " → " + value(recordType, change.property(), change.newValue(), change.newLabel(), locale);
    }

    private String value(String recordType, String property, String value, String label, Locale locale) {
        if (value == null) {
            return "–";
        }
        if (label != null) {
            return label;
        }
        return messages.getMessage(recordType + "." + property + "." + value, null, value, locale);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
