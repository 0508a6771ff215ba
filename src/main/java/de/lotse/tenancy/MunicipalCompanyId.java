package de.lotse.tenancy;

import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.UUID;

/** Identifies a company of the municipal group. */
@Embeddable
public record MunicipalCompanyId(UUID value) implements Serializable {

    public static MunicipalCompanyId random() {
        return new MunicipalCompanyId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
