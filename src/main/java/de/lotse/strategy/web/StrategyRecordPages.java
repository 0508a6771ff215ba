package de.lotse.strategy.web;

import de.lotse.platform.RecordPage;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The pages of the strategy's records, for the links back from their change history. */
@Configuration(proxyBeanMethods = false)
class StrategyRecordPages {

    @Bean
    RecordPage fieldOfActionRecordPage() {
        return new RecordPage("field_of_action", "/strategy/fields/");
    }

    @Bean
    RecordPage goalRecordPage() {
        return new RecordPage("goal", "/strategy/goals/");
    }

    @Bean
    RecordPage indicatorRecordPage() {
        return new RecordPage("indicator", "/strategy/indicators/");
    }

    @Bean
    RecordPage visionRecordPage() {
        return new RecordPage("vision", "/strategy#");
    }
}
