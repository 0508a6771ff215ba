package de.lotse.inventory.api;

import de.lotse.inventory.ApplicationId;
import de.lotse.inventory.ApplicationInterfaceData;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** The body of creating or changing an interface: the receiving application and what it gets. */
record InterfaceRequest(@NotNull UUID toApplicationId, @NotBlank @Size(max = 500) String exchanges) {

    ApplicationInterfaceData data() {
        return new ApplicationInterfaceData(new ApplicationId(toApplicationId), exchanges);
    }
}
