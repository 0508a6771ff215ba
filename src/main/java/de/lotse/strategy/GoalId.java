package de.lotse.strategy;

import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.UUID;

/** Identifies a goal of the strategy. */
@Embeddable
public record GoalId(UUID value) implements Serializable {

    public static GoalId random() {
        return new GoalId(UUID.randomUUID());
    }

    public static GoalId parse(String value) {
        return new GoalId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
