package de.lotse.inventory.api;

import de.lotse.inventory.ApplicationFilter;
import de.lotse.inventory.Hosting;
import de.lotse.inventory.Lifecycle;
import de.lotse.inventory.TimeClass;
import io.swagger.v3.oas.annotations.Parameter;
import java.util.UUID;

/** The filter of the application list as query parameters, the same for JSON, CSV and XLSX. */
record ApplicationQuery(
        @Parameter(description = "A text in the name, vendor, product or purpose") String q,
        @Parameter(description = "Used by this department") UUID department,
        Lifecycle lifecycle,
        TimeClass time,
        Hosting hosting,
        Boolean personalData,
        @Parameter(description = "With a contract whose notice deadline is within this many months from today")
                Integer noticeWithinMonths) {

    ApplicationFilter filter() {
        return new ApplicationFilter(q, department, lifecycle, time, hosting, personalData, noticeWithinMonths);
    }
}
