package de.lotse.inventory;

import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.UUID;

/** Identifies an interface between two applications. */
@Embeddable
public record ApplicationInterfaceId(UUID value) implements Serializable {

    public static ApplicationInterfaceId random() {
        return new ApplicationInterfaceId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
