package de.lotse.portfolio.money;

import de.lotse.portfolio.ProjectId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adds up the money in the database: per project, and for the whole portfolio per fiscal year,
 * department and goal. Each view costs a fixed number of statements, however many projects there are.
 * Row-level security limits every table to the current municipality.
 */
@Service
@Transactional(readOnly = true)
public class MoneySums {

    private static final String SUMS = "count(distinct b.project_id) as projects, sum(b.planned) as planned,"
            + " sum(b.approved) as approved, sum(b.spent) as spent";

    private final JdbcClient jdbc;

    MoneySums(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The sums of one project; the caller has checked that the project exists. */
    public ProjectMoney ofProject(ProjectId project) {
        List<ProjectMoney.Year> years = new ArrayList<>();
        BudgetSums[] total = {BudgetSums.NONE};
        jdbc.sql("select b.fiscal_year, " + SUMS + " from budget_line b where b.project_id = :project"
                        + " group by rollup (b.fiscal_year) order by b.fiscal_year nulls last")
                .param("project", project.value())
                .query((RowCallbackHandler) row -> {
                    int year = row.getInt("fiscal_year");
                    if (row.wasNull()) {
                        total[0] = BudgetSums.of(row);
                    } else {
                        years.add(new ProjectMoney.Year(year, BudgetSums.of(row)));
                    }
                });
        FundingSums funding = jdbc.sql(
                        "select " + FundingSums.SELECT + " from funding_application f where f.project_id = :project")
                .param("project", project.value())
                .query((row, number) -> FundingSums.of(row))
                .single();
        return new ProjectMoney(years, total[0], funding);
    }

    /**
     * What the portfolio costs.
     *
     * @param fiscalYear the year for the sums per department and goal, or null for all years
     */
    public BudgetReport portfolio(Integer fiscalYear) {
        List<BudgetReport.Year> years = new ArrayList<>();
        BudgetSums[] allYears = {BudgetSums.NONE};
        jdbc.sql("select b.fiscal_year, " + SUMS
                        + " from budget_line b group by rollup (b.fiscal_year) order by b.fiscal_year nulls last")
                .query((RowCallbackHandler) row -> {
                    int year = row.getInt("fiscal_year");
                    if (row.wasNull()) {
                        allYears[0] = BudgetSums.of(row);
                    } else {
                        years.add(new BudgetReport.Year(year, BudgetSums.of(row)));
                    }
                });
        BudgetSums total = fiscalYear == null
                ? allYears[0]
                : years.stream()
                        .filter(year -> year.fiscalYear() == fiscalYear)
                        .map(BudgetReport.Year::sums)
                        .findFirst()
                        .orElse(BudgetSums.NONE);
        String inYear = fiscalYear == null ? "" : " and b.fiscal_year = :year";
        List<BudgetReport.Department> departments = withYear(
                        jdbc.sql("select d.id, d.name, " + SUMS
                                + " from budget_line b join project p on p.id = b.project_id"
                                + " left join department d on d.id = p.department_id where true" + inYear
                                + " group by d.id, d.name order by d.name nulls last"),
                        fiscalYear)
                .query((row, number) -> new BudgetReport.Department(
                        row.getObject("id", UUID.class), row.getString("name"), BudgetSums.of(row)))
                .list();
        List<BudgetReport.Goal> goals = withYear(
                        jdbc.sql("select * from (select g.id, f.name as field, g.title, f.position as field_position,"
                                + " g.position, " + SUMS
                                + " from budget_line b join project_goal pg on pg.project_id = b.project_id"
                                + " join goal g on g.id = pg.goal_id join field_of_action f on f.id = g.field_id"
                                + " where true" + inYear
                                + " group by g.id, f.name, g.title, f.position, g.position"
                                + " union all select null, null, null, null, null, " + SUMS
                                + " from budget_line b where not exists (select from project_goal pg"
                                + " where pg.project_id = b.project_id)" + inYear
                                + " having count(*) > 0) as sums"
                                + " order by field_position nulls last, position, title"),
                        fiscalYear)
                .query((row, number) -> new BudgetReport.Goal(
                        row.getObject("id", UUID.class),
                        row.getString("field"),
                        row.getString("title"),
                        BudgetSums.of(row)))
                .list();
        return new BudgetReport(fiscalYear, years, total, departments, goals);
    }

    private static JdbcClient.StatementSpec withYear(JdbcClient.StatementSpec statement, Integer fiscalYear) {
        return fiscalYear == null ? statement : statement.param("year", fiscalYear);
    }
}
