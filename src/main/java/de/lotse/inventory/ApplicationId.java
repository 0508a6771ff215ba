package de.lotse.inventory;

import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.UUID;

/** Identifies an application. */
@Embeddable
public record ApplicationId(UUID value) implements Serializable {

    public static ApplicationId random() {
        return new ApplicationId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
