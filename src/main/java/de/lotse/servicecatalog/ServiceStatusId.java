package de.lotse.servicecatalog;

import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.UUID;

/** Identifies what a municipality records about one service of the catalogue. */
@Embeddable
public record ServiceStatusId(UUID value) implements Serializable {

    @Override
    public String toString() {
        return value.toString();
    }
}
