package de.lotse.inventory.api;

import de.lotse.inventory.ApplicationInterface;
import java.util.UUID;

/** An interface as the REST API shows it. */
record InterfaceResponse(UUID id, long version, UUID fromApplicationId, UUID toApplicationId, String exchanges) {

    static InterfaceResponse of(ApplicationInterface found) {
        return new InterfaceResponse(
                found.id().value(),
                found.version(),
                found.from().value(),
                found.to().value(),
                found.exchanges());
    }
}
