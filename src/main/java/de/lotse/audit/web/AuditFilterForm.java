package de.lotse.audit.web;

import de.lotse.audit.AuditFilter;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;

/** The filter of the audit list as it stands in the URL, so that a filtered list can be bookmarked. */
public class AuditFilterForm {

    static final String SYSTEM = "system";

    private String person;
    private String type;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate from;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate to;

    private int page;

    AuditFilter toFilter() {
        UUID author = null;
        if (person != null && !person.isBlank() && !SYSTEM.equals(person)) {
            try {
                author = UUID.fromString(person);
            } catch (IllegalArgumentException e) {
                author = new UUID(0, 0); // nobody
            }
        }
        return new AuditFilter(author, SYSTEM.equals(person), type == null || type.isBlank() ? null : type, from, to);
    }

    public String getPerson() {
        return person;
    }

    public void setPerson(String person) {
        this.person = person;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
    }
}
