package de.lotse.portfolio.money;

import java.util.List;

/**
 * The money of one project added up: per fiscal year and in total, and its funding.
 *
 * @param years the sums per fiscal year, earliest first
 * @param total the sums over all years
 * @param funding the sums of its funding applications
 */
public record ProjectMoney(List<Year> years, BudgetSums total, FundingSums funding) {

    /**
     * The sums of one fiscal year.
     *
     * @param fiscalYear the year
     * @param sums its sums
     */
    public record Year(int fiscalYear, BudgetSums sums) {}
}
