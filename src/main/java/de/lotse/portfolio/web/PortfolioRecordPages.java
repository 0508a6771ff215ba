package de.lotse.portfolio.web;

import de.lotse.platform.RecordPage;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The pages of the portfolio's records, for the links back from their change history. */
@Configuration(proxyBeanMethods = false)
class PortfolioRecordPages {

    @Bean
    RecordPage projectRecordPage() {
        return new RecordPage("project", "/projects/");
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
