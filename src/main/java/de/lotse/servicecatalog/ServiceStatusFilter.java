package de.lotse.servicecatalog;

import java.util.UUID;

/**
 * What someone looks for in the municipality's services; every part is optional.
 *
 * @param text words of the name, an OZG-ID or a LeiKa key (prefix)
 * @param topic the Themenfeld's id
 * @param maturityLevel exactly this level
 * @param department the responsible department
 * @param online {@code true}: at level 3 or higher (submitted online); {@code false}: below
 * @param belowLevel below this level (the services where going online is still to be done)
 * @param sharedSolution {@code true}: run by an EfA solution; {@code false}: not
 * @param allServices also the services the municipality does not provide
 */
public record ServiceStatusFilter(
        String text,
        Integer topic,
        Integer maturityLevel,
        UUID department,
        Boolean online,
        Boolean sharedSolution,
        Integer belowLevel,
        boolean allServices) {

    public static ServiceStatusFilter none() {
        return new ServiceStatusFilter(null, null, null, null, null, null, null, false);
    }
}
