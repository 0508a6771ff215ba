package de.lotse.portfolio.money;

import de.lotse.portfolio.ProjectId;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * All funding applications of the municipality's projects: filtered and paged in the database, with
 * their sums, the next call deadlines and the proofs of use still to be submitted.
 */
@Service
@Transactional(readOnly = true)
public class FundingOverview {

    /** A call deadline or proof of use this many days ahead counts as close. */
    public static final int SOON_DAYS = 30;

    private static final int DEADLINES = 8;

    private final JdbcClient jdbc;
    private final Clock clock;

    FundingOverview(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * What the list is narrowed to.
     *
     * @param status only this status, or null
     * @param fundingBody only this funding body, or null
     * @param deadlineFrom only call deadlines on or after this day, or null
     * @param deadlineTo only call deadlines on or before this day, or null
     */
    public record Filter(FundingStatus status, FundingBody fundingBody, LocalDate deadlineFrom, LocalDate deadlineTo) {

        public static final Filter NONE = new Filter(null, null, null, null);
    }

    /**
     * A funding application with its project, as the overview lists it.
     *
     * @param id the application
     * @param project the project applying
     * @param projectTitle its title
     * @param programme the programme
     * @param fundingBody the funding body
     * @param status the status
     * @param callDeadline the call deadline, or null
     * @param requestedAmount requested
     * @param grantedAmount granted, or null
     * @param receivedAmount received, or null
     * @param proofOfUseDue when the proof of use is due, or null
     * @param proofOfUseSubmittedOn when it was submitted, or null
     * @param deadlineSoon a planned application whose call deadline is within {@link #SOON_DAYS} days
     * @param proofOverdue the proof of use is due and not submitted
     */
    public record Row(
            UUID id,
            ProjectId project,
            String projectTitle,
            String programme,
            FundingBody fundingBody,
            FundingStatus status,
            LocalDate callDeadline,
            BigDecimal requestedAmount,
            BigDecimal grantedAmount,
            BigDecimal receivedAmount,
            LocalDate proofOfUseDue,
            LocalDate proofOfUseSubmittedOn,
            boolean deadlineSoon,
            boolean proofOverdue) {}

    /**
     * The overview of one page.
     *
     * @param applications the applications of the page
     * @param sums the sums over all applications of the filter
     * @param nextCallDeadlines planned applications whose call deadline is today or later, nearest first
     * @param openProofsOfUse granted applications whose proof of use is not submitted, overdue ones first
     */
    public record Report(
            Page<Row> applications, FundingSums sums, List<Row> nextCallDeadlines, List<Row> openProofsOfUse) {}

    public Report of(Filter filter, Pageable pageable) {
        LocalDate today = LocalDate.now(clock);
        StringBuilder where = new StringBuilder(" where true");
        Map<String, Object> params = new HashMap<>();
        if (filter.status() != null) {
            where.append(" and f.status = :status");
            params.put("status", filter.status().name());
        }
        if (filter.fundingBody() != null) {
            where.append(" and f.funding_body = :body");
            params.put("body", filter.fundingBody().name());
        }
        if (filter.deadlineFrom() != null) {
            where.append(" and f.call_deadline >= :from");
            params.put("from", filter.deadlineFrom());
        }
        if (filter.deadlineTo() != null) {
            where.append(" and f.call_deadline <= :to");
            params.put("to", filter.deadlineTo());
        }
        FundingSums sums = jdbc.sql("select " + FundingSums.SELECT + " from funding_application f" + where)
                .params(params)
                .query((row, number) -> FundingSums.of(row))
                .single();
        List<Row> rows = rows(
                where + " order by f.call_deadline nulls last, f.programme, f.id limit :limit offset :offset",
                params,
                Map.of("limit", pageable.getPageSize(), "offset", pageable.getOffset()),
                today);
        List<Row> next = rows(
                " where f.status = 'PLANNED' and f.call_deadline >= :today order by f.call_deadline, f.programme"
                        + " limit " + DEADLINES,
                Map.of("today", today),
                Map.of(),
                today);
        List<Row> proofs = rows(
                " where f.proof_of_use_due is not null and f.proof_of_use_submitted_on is null"
                        + " order by f.proof_of_use_due, f.programme limit " + DEADLINES,
                Map.of(),
                Map.of(),
                today);
        return new Report(new PageImpl<>(rows, pageable, sums.applications()), sums, next, proofs);
    }

    private List<Row> rows(String condition, Map<String, Object> params, Map<String, Object> paging, LocalDate today) {
        return jdbc.sql("select f.id, f.project_id, p.title, f.programme, f.funding_body, f.status, f.call_deadline,"
                        + " f.requested_amount, f.granted_amount, f.received_amount, f.proof_of_use_due,"
                        + " f.proof_of_use_submitted_on from funding_application f"
                        + " join project p on p.id = f.project_id" + condition)
                .params(params)
                .params(paging)
                .query((row, number) -> row(row, today))
                .list();
    }

    private static Row row(ResultSet row, LocalDate today) throws SQLException {
        FundingStatus status = FundingStatus.valueOf(row.getString("status"));
        LocalDate deadline = row.getObject("call_deadline", LocalDate.class);
        LocalDate proofDue = row.getObject("proof_of_use_due", LocalDate.class);
        LocalDate proofSubmitted = row.getObject("proof_of_use_submitted_on", LocalDate.class);
        return new Row(
                row.getObject("id", UUID.class),
                new ProjectId(row.getObject("project_id", UUID.class)),
                row.getString("title"),
                row.getString("programme"),
                FundingBody.valueOf(row.getString("funding_body")),
                status,
                deadline,
                row.getBigDecimal("requested_amount"),
                row.getBigDecimal("granted_amount"),
                row.getBigDecimal("received_amount"),
                proofDue,
                proofSubmitted,
                status == FundingStatus.PLANNED
                        && deadline != null
                        && !deadline.isBefore(today)
                        && !deadline.isAfter(today.plusDays(SOON_DAYS)),
                proofDue != null && proofSubmitted == null && proofDue.isBefore(today));
    }
}
