package de.lotse.servicecatalog.api;

import de.lotse.servicecatalog.ServiceStatusFilter;
import io.swagger.v3.oas.annotations.Parameter;
import java.util.UUID;
import org.springframework.data.domain.Sort;

/**
 * The filter and order of the status list as query parameters, the same for JSON, CSV and XLSX.
 *
 * @param sort {@code name} (the default) or {@code casesOffline}: most cases on paper first
 */
record ServiceStatusQuery(
        @Parameter(description = "Words of the name, an OZG-ID or a LeiKa key") String q,
        Integer topic,
        @Parameter(description = "Exactly this level of the municipality's maturity model") Integer maturityLevel,
        UUID departmentId,
        Boolean online,
        Boolean sharedSolution,
        @Parameter(description = "Only services below this level") Integer belowLevel,
        @Parameter(description = "Also the services the municipality does not provide") Boolean all,
        @Parameter(description = "name or casesOffline") String sort) {

    ServiceStatusFilter filter() {
        return new ServiceStatusFilter(
                q, topic, maturityLevel, departmentId, online, sharedSolution, belowLevel, Boolean.TRUE.equals(all));
    }

    Sort order() {
        return "casesOffline".equals(sort) ? Sort.by("casesOffline").descending() : Sort.unsorted();
    }
}
