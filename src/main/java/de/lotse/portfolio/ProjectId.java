package de.lotse.portfolio;

import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.UUID;

/** Identifies a project (Maßnahme) of the portfolio. */
@Embeddable
public record ProjectId(UUID value) implements Serializable {

    public static ProjectId random() {
        return new ProjectId(UUID.randomUUID());
    }

    public static ProjectId parse(String value) {
        return new ProjectId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
