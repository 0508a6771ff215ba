package de.lotse.portfolio;

import de.lotse.platform.sheets.SheetColumn;
import java.util.List;

/**
 * The columns of the portfolio's spreadsheets: what the export writes, in this order, and which of
 * them the import reads back. The status columns are the reports' and are only written.
 */
public enum PortfolioColumn implements SheetColumn {
    ID("id", "portfolio.export.id", true),
    TITLE("title", "portfolio.export.title", true),
    PHASE("phase", "portfolio.export.phase", true),
    MODE("mode", "portfolio.export.mode", true),
    PRIORITY("priority", "portfolio.export.priority", true),
    STATUS("status", "portfolio.export.status", false),
    REPORT_DATE("report-date", "portfolio.export.report-date", false),
    REPORT_OVERDUE("report-overdue", "portfolio.export.report-overdue", false),
    DEPARTMENT("department", "portfolio.export.department", true),
    LEAD("lead", "portfolio.export.lead", true),
    GOALS("goals", "portfolio.export.goals", true),
    TOPICS("topics", "portfolio.export.topics", true),
    PLANNED_START("planned-start", "portfolio.export.planned-start", true),
    PLANNED_END("planned-end", "portfolio.export.planned-end", true),
    // last, so the columns written before it keep their places
    SUMMARY("summary", "portfolio.import.column.summary", true);

    /** The columns of the import template, in the order a person fills them in. */
    public static final List<PortfolioColumn> TEMPLATE = List.of(
            ID, TITLE, SUMMARY, PHASE, MODE, PRIORITY, DEPARTMENT, LEAD, GOALS, TOPICS, PLANNED_START, PLANNED_END);

    private final Header header;

    PortfolioColumn(String code, String messageKey, boolean imported) {
        this.header = new Header(code, messageKey, imported);
    }

    @Override
    public Header header() {
        return header;
    }
}
