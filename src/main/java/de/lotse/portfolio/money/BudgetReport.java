package de.lotse.portfolio.money;

import java.util.List;
import java.util.UUID;

/**
 * What the portfolio costs: per fiscal year, and for one year or all years per department and per
 * goal. A project serving several goals counts for each of them, so the goal rows add up to more
 * than the total.
 *
 * @param fiscalYear the year the department and goal rows are for, or null for all years
 * @param years the sums per fiscal year (all years, whatever the filter), earliest first
 * @param total the sums for the year asked for, or over all years
 * @param departments the sums per department running the projects; a null id for projects without one
 * @param goals the sums per goal the projects serve; a null id for projects serving no goal
 */
public record BudgetReport(
        Integer fiscalYear, List<Year> years, BudgetSums total, List<Department> departments, List<Goal> goals) {

    /**
     * The sums of one fiscal year.
     *
     * @param fiscalYear the year
     * @param sums its sums
     */
    public record Year(int fiscalYear, BudgetSums sums) {}

    /**
     * The sums of the projects of one department.
     *
     * @param id the department, or null for projects without a department
     * @param name its name
     * @param sums the sums
     */
    public record Department(UUID id, String name, BudgetSums sums) {}

    /**
     * The sums of the projects serving one goal.
     *
     * @param id the goal, or null for projects serving no goal
     * @param field the name of its field of action
     * @param title its title
     * @param sums the sums
     */
    public record Goal(UUID id, String field, String title, BudgetSums sums) {}
}
