package de.lotse.audit.web;

import de.lotse.audit.AuditEntry;
import de.lotse.audit.AuditTrail;
import de.lotse.audit.ChangeKind;
import de.lotse.platform.Paging;
import de.lotse.platform.RecordNotFoundException;
import de.lotse.platform.RecordPage;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The audit trail's pages: the administrator's list of all changes of the municipality, and the
 * history of one record for everyone who may see the record.
 */
@Controller
@RequestMapping("/audit")
class AuditController {

    static final int PAGE_SIZE = 25;

    private final AuditTrail trail;

    /** Where a record of each type is shown; the history page links back to it. */
    private final Map<String, String> recordPages;

    AuditController(AuditTrail trail, List<RecordPage> recordPages) {
        this.trail = trail;
        this.recordPages = recordPages.stream()
                .collect(Collectors.toUnmodifiableMap(RecordPage::recordType, RecordPage::pathPrefix));
    }

    @GetMapping
    @PreAuthorize("hasRole('ADMIN')")
    String list(@ModelAttribute("filter") AuditFilterForm filter, BindingResult invalidFields, Model model) {
        FilterDates.require(invalidFields);
        Page<AuditEntry> entries = trail.search(filter.toFilter(), Paging.of(filter.getPage(), PAGE_SIZE));
        model.addAttribute("entries", entries);
        model.addAttribute("authors", trail.authors());
        model.addAttribute("recordTypes", trail.recordTypes());
        model.addAttribute("recordPages", recordPages);
        return "audit/list";
    }

    @GetMapping("/{recordType}/{recordId}")
    String history(@PathVariable String recordType, @PathVariable String recordId, Model model) {
        List<AuditEntry> history = trail.historyOf(recordType, recordId);
        if (history.isEmpty()) {
            // another municipality's record answers like one that does not exist
            throw new RecordNotFoundException(recordType, recordId);
        }
        // the record's own latest change (the history also lists the changes of its parts)
        AuditEntry latest = history.stream()
                .filter(entry -> entry.recordType().equals(recordType))
                .findFirst()
                .orElse(null);
        boolean deleted = latest != null && latest.kind() == ChangeKind.DELETED;
        model.addAttribute("history", history);
        model.addAttribute("recordType", recordType);
        model.addAttribute(
                "recordName", latest == null || latest.recordName() == null ? recordId : latest.recordName());
        model.addAttribute(
                "recordPage",
                recordPages.containsKey(recordType) && !deleted ? recordPages.get(recordType) + recordId : null);
        return "audit/history";
    }
}
