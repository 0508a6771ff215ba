package de.lotse.audit.web;

import de.lotse.audit.SecurityLogFilter;
import de.lotse.identity.SecurityEvent;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;

/** The filter of the security log as it stands in the URL, so that a filtered list can be bookmarked. */
public class SecurityLogFilterForm {

    private String person;
    private String kind;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate from;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate to;

    private int page;

    SecurityLogFilter toFilter() {
        UUID who = null;
        if (person != null && !person.isBlank()) {
            try {
                who = UUID.fromString(person);
            } catch (IllegalArgumentException e) {
                who = new UUID(0, 0); // nobody
            }
        }
        SecurityEvent.Kind what = Arrays.stream(SecurityEvent.Kind.values())
                .filter(candidate -> candidate.name().equals(kind))
                .findFirst()
                .orElse(null);
        return new SecurityLogFilter(who, what, from, to);
    }

    public String getPerson() {
        return person;
    }

    public void setPerson(String person) {
        this.person = person;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
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
