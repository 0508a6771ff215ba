package de.lotse.strategy;

import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.UUID;

/** Identifies an indicator that measures a goal. */
@Embeddable
public record IndicatorId(UUID value) implements Serializable {

    public static IndicatorId random() {
        return new IndicatorId(UUID.randomUUID());
    }

    public static IndicatorId parse(String value) {
        return new IndicatorId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
