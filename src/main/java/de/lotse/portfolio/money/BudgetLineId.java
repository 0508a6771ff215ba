package de.lotse.portfolio.money;

import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.UUID;

/** Identifies a budget line. */
@Embeddable
public record BudgetLineId(UUID value) implements Serializable {

    public static BudgetLineId random() {
        return new BudgetLineId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
