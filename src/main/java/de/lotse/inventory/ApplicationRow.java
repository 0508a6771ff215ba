package de.lotse.inventory;

import java.util.List;
import java.util.UUID;

/** An application as lists show it, with the names of the departments using it. */
public record ApplicationRow(
        ApplicationId id,
        long version,
        String name,
        String vendor,
        String product,
        String productVersion,
        Lifecycle lifecycle,
        Hosting hosting,
        Integer functionalFit,
        Integer technicalFit,
        Criticality criticality,
        boolean personalData,
        List<UUID> departmentIds,
        List<String> departmentNames) {

    public TimeClass time() {
        return TimeClass.of(functionalFit, technicalFit);
    }
}
