package de.lotse.inventory;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

/**
 * What a contract costs a year, in EUR, by kind.
 *
 * @param licence licences and subscriptions
 * @param maintenance maintenance and updates (Pflege)
 * @param hosting operation by a provider or in the cloud
 * @param support support and service desk
 */
@Embeddable
public record AnnualCosts(
        @NotNull @DecimalMin("0") @Digits(integer = 13, fraction = 2) @Column(name = "licence_costs")
                BigDecimal licence,
        @NotNull @DecimalMin("0") @Digits(integer = 13, fraction = 2) @Column(name = "maintenance_costs")
                BigDecimal maintenance,
        @NotNull @DecimalMin("0") @Digits(integer = 13, fraction = 2) @Column(name = "hosting_costs")
                BigDecimal hosting,
        @NotNull @DecimalMin("0") @Digits(integer = 13, fraction = 2) @Column(name = "support_costs")
                BigDecimal support) {

    public static final AnnualCosts NONE =
            new AnnualCosts(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);

    public BigDecimal total() {
        return licence.add(maintenance).add(hosting).add(support);
    }
}
