package de.lotse.inventory.api;

import de.lotse.inventory.ApplicationData;
import de.lotse.inventory.ApplicationId;
import de.lotse.inventory.Criticality;
import de.lotse.inventory.Hosting;
import de.lotse.inventory.Lifecycle;
import de.lotse.inventory.ProtectionNeed;
import de.lotse.tenancy.DepartmentId;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The body of creating or changing an application; fits from 1 (poor) to 4 (very good), yes/no
 * values absent count as no.
 */
record ApplicationRequest(
        @NotBlank @Size(max = 200) String name,
        @Size(max = 200) String vendor,
        @Size(max = 200) String product,
        @Size(max = 100) String productVersion,
        @Size(max = 4000) String purpose,
        List<@NotNull UUID> departmentIds,
        @Size(max = 200) String responsiblePerson,
        Hosting hosting,
        @Min(0) @Max(10_000_000) Integer users,
        @NotNull Lifecycle lifecycle,
        LocalDate introducedOn,
        LocalDate retireBy,
        @Min(1) @Max(4) Integer functionalFit,
        @Min(1) @Max(4) Integer technicalFit,
        Criticality criticality,
        Boolean personalData,
        ProtectionNeed protectionNeed,
        Boolean openSource,
        @Size(max = 200) String licence,
        UUID successorId) {

    ApplicationData data() {
        return new ApplicationData(
                name,
                vendor,
                product,
                productVersion,
                purpose,
                departmentIds == null
                        ? java.util.Set.of()
                        : departmentIds.stream().map(DepartmentId::new).collect(Collectors.toSet()),
                responsiblePerson,
                hosting,
                users,
                lifecycle,
                introducedOn,
                retireBy,
                functionalFit,
                technicalFit,
                criticality,
                Boolean.TRUE.equals(personalData),
                protectionNeed,
                Boolean.TRUE.equals(openSource),
                licence,
                successorId == null ? null : new ApplicationId(successorId));
    }
}
