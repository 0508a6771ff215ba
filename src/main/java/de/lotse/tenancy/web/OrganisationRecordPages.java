package de.lotse.tenancy.web;

import de.lotse.platform.RecordPage;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The pages of the organisation's records, for the links back from their change history. */
@Configuration(proxyBeanMethods = false)
class OrganisationRecordPages {

    @Bean
    RecordPage departmentRecordPage() {
        return new RecordPage("department", "/departments/");
    }

    @Bean
    RecordPage municipalCompanyRecordPage() {
        return new RecordPage("municipal_company", "/municipal-group/");
    }
}
