package de.lotse.portfolio.money;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Planned, approved and spent money added up over some budget lines, with the number of projects
 * they belong to.
 *
 * @param projects how many projects the lines belong to
 * @param planned the sum planned
 * @param approved the sum approved
 * @param spent the sum spent
 */
public record BudgetSums(long projects, BigDecimal planned, BigDecimal approved, BigDecimal spent) {

    public static final BudgetSums NONE = new BudgetSums(0, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);

    /** The columns projects, planned, approved and spent of a result row. */
    static BudgetSums of(ResultSet row) throws SQLException {
        return new BudgetSums(
                row.getLong("projects"),
                orZero(row.getBigDecimal("planned")),
                orZero(row.getBigDecimal("approved")),
                orZero(row.getBigDecimal("spent")));
    }

    /** What is approved but not yet spent; negative when more was spent than approved. */
    public BigDecimal remaining() {
        return approved.subtract(spent);
    }

    static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
