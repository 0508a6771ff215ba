package de.lotse.portfolio;

/** The orders the portfolio list can be sorted in. */
public enum PortfolioSort {
    TITLE("lower(p.title)"),
    PHASE("array_position(array['IDEA','CONCEPT','FUNDING','PROCUREMENT','IMPLEMENTATION','ROLLOUT','OPERATION',"
            + "'CLOSED','STOPPED']::varchar[], p.phase)"),
    STATUS("array_position(array['RED','YELLOW','GREEN']::varchar[], s.overall)"),
    PRIORITY("array_position(array['HIGH','MEDIUM','LOW']::varchar[], p.priority)"),
    DEPARTMENT("lower(d.name)"),
    START("p.planned_start"),
    END("p.planned_end"),
    REPORT("s.report_date");

    // only these fixed expressions ever go into the SQL, never text from a request
    final String expression;

    PortfolioSort(String expression) {
        this.expression = expression;
    }
}
