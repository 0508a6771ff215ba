package de.lotse.strategy;

import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.UUID;

/** Identifies one measured value of an indicator. */
@Embeddable
public record MeasuredValueId(UUID value) implements Serializable {

    public static MeasuredValueId random() {
        return new MeasuredValueId(UUID.randomUUID());
    }

    public static MeasuredValueId parse(String value) {
        return new MeasuredValueId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
