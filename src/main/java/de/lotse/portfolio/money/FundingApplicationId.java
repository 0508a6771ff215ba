package de.lotse.portfolio.money;

import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.UUID;

/** Identifies a funding application. */
@Embeddable
public record FundingApplicationId(UUID value) implements Serializable {

    public static FundingApplicationId random() {
        return new FundingApplicationId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
