package de.lotse.tenancy;

import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.UUID;

/** Identifies a municipality. */
@Embeddable
public record MunicipalityId(UUID value) implements Serializable {

    public static MunicipalityId random() {
        return new MunicipalityId(UUID.randomUUID());
    }
}
