package de.lotse.strategy;

import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.UUID;

/** Identifies a field of action (Handlungsfeld) of the strategy. */
@Embeddable
public record FieldOfActionId(UUID value) implements Serializable {

    public static FieldOfActionId random() {
        return new FieldOfActionId(UUID.randomUUID());
    }

    public static FieldOfActionId parse(String value) {
        return new FieldOfActionId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
