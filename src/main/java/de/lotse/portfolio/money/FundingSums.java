package de.lotse.portfolio.money;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Funding added up over some applications. Applied counts the requested amounts of the applications
 * that were submitted (planned and withdrawn ones are not applied for).
 *
 * @param applications how many applications
 * @param applied the requested amounts of submitted applications (also those since decided)
 * @param granted the granted amounts
 * @param received the amounts received
 */
public record FundingSums(long applications, BigDecimal applied, BigDecimal granted, BigDecimal received) {

    /** The SQL select list that {@link #of(ResultSet)} reads, over funding_application {@code f}. */
    static final String SELECT = "count(*) as applications,"
            + " coalesce(sum(f.requested_amount) filter (where f.status not in ('PLANNED', 'WITHDRAWN')), 0) as applied,"
            + " coalesce(sum(f.granted_amount), 0) as granted, coalesce(sum(f.received_amount), 0) as received";

    static FundingSums of(ResultSet row) throws SQLException {
        return new FundingSums(
                row.getLong("applications"),
                row.getBigDecimal("applied"),
                row.getBigDecimal("granted"),
                row.getBigDecimal("received"));
    }
}
