package de.lotse.inventory;

import de.lotse.tenancy.CurrentTenant;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The coming notice deadlines of the current municipality's contracts, computed in the database. */
@Service
@Transactional(readOnly = true)
public class ContractCalendar {

    /** The most deadlines one calendar shows; beyond, it says that it is cut. */
    public static final int MAX_ENTRIES = 500;

    /** The periods a calendar can span, in months. */
    public static final List<Integer> PERIODS = List.of(3, 6, 12, 24);

    private final JdbcClient jdbc;
    private final Clock clock;

    ContractCalendar(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * The notice deadlines from today to the given number of months ahead, by month: one statement.
     *
     * @param months one of {@link #PERIODS}; another is taken as 12
     */
    public Calendar next(int months) {
        int span = PERIODS.contains(months) ? months : 12;
        LocalDate today = LocalDate.now(clock);
        List<ContractDeadline> found = between(today, today.plusMonths(span), MAX_ENTRIES + 1);
        Map<YearMonth, List<ContractDeadline>> byMonth = new LinkedHashMap<>();
        found.stream().limit(MAX_ENTRIES).forEach(entry -> byMonth.computeIfAbsent(
                        YearMonth.from(entry.deadline()), m -> new ArrayList<>())
                .add(entry));
        return new Calendar(
                span,
                byMonth.entrySet().stream()
                        .map(e -> new Month(e.getKey(), List.copyOf(e.getValue())))
                        .toList(),
                found.size() > MAX_ENTRIES);
    }

    /** The deadlines from one day to another, both included, by deadline; at most limit of them. */
    public List<ContractDeadline> between(LocalDate from, LocalDate until, int limit) {
        return jdbc.sql("select * from (select c.id, c.application_id, a.name, c.contractor, c.notify_email, "
                        + ContractQueries.DEADLINE + " as deadline, " + ContractQueries.TERM_END + " as term_end, "
                        + ContractQueries.TOTAL + " as total"
                        + " from application_contract c join application a on a.id = c.application_id"
                        + " where c.tenant_id = :tenant and c.ends_on is not null) d"
                        + " where d.deadline between :from and :until"
                        + " order by d.deadline, lower(d.name), d.id limit :limit")
                .param("tenant", CurrentTenant.require().value())
                .param("today", from)
                .param("from", from)
                .param("until", until)
                .param("limit", limit)
                .query((rs, n) -> new ContractDeadline(
                        new ContractId(rs.getObject("id", UUID.class)),
                        new ApplicationId(rs.getObject("application_id", UUID.class)),
                        rs.getString("name"),
                        rs.getString("contractor"),
                        rs.getObject("deadline", LocalDate.class),
                        rs.getObject("term_end", LocalDate.class),
                        rs.getBigDecimal("total"),
                        rs.getString("notify_email")))
                .list();
    }

    /**
     * The deadlines of a period, by month.
     *
     * @param months the months ahead it spans
     * @param cut whether there were more deadlines than {@link #MAX_ENTRIES}
     */
    public record Calendar(int months, List<Month> byMonth, boolean cut) {

        public boolean isEmpty() {
            return byMonth.isEmpty();
        }
    }

    /** The deadlines in one month, by day. */
    public record Month(YearMonth month, List<ContractDeadline> deadlines) {

        public LocalDate firstDay() {
            return month.atDay(1);
        }
    }
}
