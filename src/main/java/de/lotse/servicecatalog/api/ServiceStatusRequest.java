package de.lotse.servicecatalog.api;

import de.lotse.platform.WebAddress;
import de.lotse.servicecatalog.ServiceStatusData;
import de.lotse.tenancy.DepartmentId;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;

/** The body of changing what the municipality records about one service. */
record ServiceStatusRequest(
        Boolean concerned,
        UUID departmentId,
        @Size(max = 200) String solutionName,
        @Size(max = 200) String solutionProvider,
        Boolean sharedSolution,
        @Size(max = 500) @WebAddress String onlineUrl,
        LocalDate onlineSince,
        @NotNull @Min(0) @Max(7) Integer maturityLevel,
        @Min(2000) @Max(2100) Integer casesYear,
        @PositiveOrZero Integer casesOnline,
        @PositiveOrZero Integer casesOffline,
        @Size(max = 4000) String remarks) {

    ServiceStatusData data() {
        return new ServiceStatusData(
                concerned == null || concerned,
                departmentId == null ? null : new DepartmentId(departmentId),
                solutionName,
                solutionProvider,
                sharedSolution != null && sharedSolution,
                onlineUrl,
                onlineSince,
                maturityLevel,
                casesYear,
                casesOnline,
                casesOffline,
                remarks);
    }
}
