package de.lotse.inventory.api;

import de.lotse.inventory.Application;
import de.lotse.inventory.ApplicationData;
import de.lotse.inventory.Criticality;
import de.lotse.inventory.Hosting;
import de.lotse.inventory.Lifecycle;
import de.lotse.inventory.ProtectionNeed;
import de.lotse.inventory.TimeClass;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** An application as the REST API shows it; {@code time} follows from the fits. */
record ApplicationResponse(
        UUID id,
        long version,
        String name,
        String vendor,
        String product,
        String productVersion,
        String purpose,
        List<UUID> departmentIds,
        String responsiblePerson,
        Hosting hosting,
        Integer users,
        Lifecycle lifecycle,
        LocalDate introducedOn,
        LocalDate retireBy,
        Integer functionalFit,
        Integer technicalFit,
        TimeClass time,
        Criticality criticality,
        boolean personalData,
        ProtectionNeed protectionNeed,
        boolean openSource,
        String licence,
        UUID successorId,
        PublicCode publicCode) {

    /** What its imported publiccode.yml says beyond its data; none when no file was imported. */
    record PublicCode(String repositoryUrl, String maintenance, String platforms, String categories) {}

    static ApplicationResponse of(Application application) {
        ApplicationData data = application.data();
        return new ApplicationResponse(
                application.id().value(),
                application.version(),
                data.name(),
                data.vendor(),
                data.product(),
                data.productVersion(),
                data.purpose(),
                data.departments().stream().map(d -> d.value()).sorted().toList(),
                data.responsiblePerson(),
                data.hosting(),
                data.users(),
                data.lifecycle(),
                data.introducedOn(),
                data.retireBy(),
                data.functionalFit(),
                data.technicalFit(),
                data.time(),
                data.criticality(),
                data.personalData(),
                data.protectionNeed(),
                data.openSource(),
                data.licence(),
                data.successor() == null ? null : data.successor().value(),
                application.publicCode() == null
                        ? null
                        : new PublicCode(
                                application.publicCode().repositoryUrl(),
                                application.publicCode().maintenance(),
                                application.publicCode().platforms(),
                                application.publicCode().categories()));
    }
}
