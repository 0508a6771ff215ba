package de.lotse.portfolio.web;

import de.lotse.platform.RecordPage;
import de.lotse.platform.RecordParts;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The pages of the portfolio's records, for the links back from their change history, and a project's parts. */
@Configuration(proxyBeanMethods = false)
class PortfolioRecordPages {

    @Bean
    RecordPage projectRecordPage() {
        return new RecordPage("project", "/projects/");
    }

    /** A project's history shows the changes of what belongs to it too. */
    @Bean
    RecordParts projectRecordParts() {
        return new RecordParts(
                "project",
                Set.of(
                        "status_report",
                        "milestone",
                        "risk",
                        "budget_line",
                        "funding_application",
                        "qualification_measure"));
    }

    @Bean
    RecordPage budgetLineRecordPage() {
        return new RecordPage("budget_line", "/portfolio/budget-lines/");
    }

    @Bean
    RecordPage fundingApplicationRecordPage() {
        return new RecordPage("funding_application", "/portfolio/funding-applications/");
    }

    @Bean
    RecordPage qualificationMeasureRecordPage() {
        return new RecordPage("qualification_measure", "/portfolio/qualification-measures/");
    }
}
