package de.lotse.servicecatalog.web;

import de.lotse.platform.RecordParts;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** A project's and an application's history show which services they were named for. */
@Configuration(proxyBeanMethods = false)
class ServiceRecordParts {

    @Bean
    RecordParts projectServiceParts() {
        return new RecordParts("project", Set.of("service_project"));
    }

    @Bean
    RecordParts applicationServiceParts() {
        return new RecordParts("application", Set.of("service_application"));
    }
}
