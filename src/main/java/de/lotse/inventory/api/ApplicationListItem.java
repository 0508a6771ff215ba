package de.lotse.inventory.api;

import de.lotse.inventory.ApplicationRow;
import de.lotse.inventory.Criticality;
import de.lotse.inventory.Hosting;
import de.lotse.inventory.Lifecycle;
import de.lotse.inventory.TimeClass;
import java.util.List;
import java.util.UUID;

/** An application in the API's list. */
record ApplicationListItem(
        UUID id,
        long version,
        String name,
        String vendor,
        String product,
        String productVersion,
        Lifecycle lifecycle,
        Hosting hosting,
        Integer functionalFit,
        Integer technicalFit,
        TimeClass time,
        Criticality criticality,
        boolean personalData,
        List<UUID> departmentIds) {

    static ApplicationListItem of(ApplicationRow row) {
        return new ApplicationListItem(
                row.id().value(),
                row.version(),
                row.name(),
                row.vendor(),
                row.product(),
                row.productVersion(),
                row.lifecycle(),
                row.hosting(),
                row.functionalFit(),
                row.technicalFit(),
                row.time(),
                row.criticality(),
                row.personalData(),
                row.departmentIds());
    }
}
