package de.lotse.servicecatalog.web;

import de.lotse.platform.RecordParts;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** A project's history shows which services it was named for. */
@Configuration(proxyBeanMethods = false)
class ServiceRecordParts {

    @Bean
    RecordParts projectServiceParts() {
        return new RecordParts("project", Set.of("service_project"));
    }
}
