package de.lotse.audit.web;

import de.lotse.audit.SecurityLog;
import de.lotse.audit.SecurityLogEntry;
import de.lotse.identity.SecurityEvent;
import de.lotse.platform.Paging;
import de.lotse.platform.TableFile;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The administrator's view "Anmeldungen und Sicherheit" of the audit area, and its CSV file. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class SecurityLogController {

    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private final SecurityLog log;
    private final MessageSource messages;

    SecurityLogController(SecurityLog log, MessageSource messages) {
        this.log = log;
        this.messages = messages;
    }

    @GetMapping("/audit/security")
    String list(
            @ModelAttribute("filter") SecurityLogFilterForm filter,
            BindingResult invalidFields,
            Locale locale,
            Model model) {
        FilterDates.require(invalidFields);
        Page<SecurityLogEntry> entries =
                log.search(filter.toFilter(), Paging.of(filter.getPage(), AuditController.PAGE_SIZE));
        model.addAttribute("entries", entries);
        model.addAttribute(
                "details",
                entries.getContent().stream()
                        .map(entry -> detail(entry, locale))
                        .toList());
        model.addAttribute("people", log.people());
        model.addAttribute("kinds", SecurityEvent.Kind.values());
        return "audit/security";
    }

    @GetMapping("/audit/security.csv")
    void export(
            @ModelAttribute("filter") SecurityLogFilterForm filter,
            BindingResult invalidFields,
            Locale locale,
            HttpServletResponse response)
            throws IOException {
        FilterDates.require(invalidFields);
        var entries = log.search(filter.toFilter(), PageRequest.of(0, AuditCsvController.MAX_ROWS));
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment()
                        .filename("security-events.csv")
                        .build()
                        .toString());
        Writer writer = response.getWriter();
        writer.write('\uFEFF');
        CSVFormat format = CSVFormat.Builder.create(CSVFormat.EXCEL)
                .setDelimiter(';')
                .setHeader(
                        text("security.time", locale),
                        text("security.kind", locale),
                        text("security.actor", locale),
                        text("security.account", locale),
                        text("security.address", locale),
                        text("security.detail", locale))
                .get();
        try (CSVPrinter csv = new CSVPrinter(writer, format)) {
            for (SecurityLogEntry entry : entries) {
                csv.printRecord(
                        ISO.format(entry.at()),
                        text("security.kind." + entry.kind(), locale),
                        TableFile.defused(entry.actorName()),
                        TableFile.defused(entry.accountName()),
                        entry.clientAddress(),
                        TableFile.defused(detail(entry, locale)));
            }
        }
    }

    /** The detail in words: login method and roles translated, token names as they are. */
    String detail(SecurityLogEntry entry, Locale locale) {
        String detail = entry.detail();
        if (detail == null) {
            return "";
        }
        return switch (entry.kind()) {
            case LOGIN, LOGIN_FAILED -> messages.getMessage("security.method." + detail, null, detail, locale);
            case ROLE_CHANGED, MEMBERSHIP_DEACTIVATED, MEMBERSHIP_REACTIVATED -> {
                StringBuilder roles = new StringBuilder();
                for (String role : detail.split(" → ")) {
                    roles.append(roles.isEmpty() ? "" : " → ")
                            .append(messages.getMessage("role." + role, null, role, locale));
                }
                yield roles.toString();
            }
            default -> detail;
        };
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
