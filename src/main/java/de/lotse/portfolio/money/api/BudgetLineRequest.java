package de.lotse.portfolio.money.api;

import de.lotse.portfolio.money.Amount;
import de.lotse.portfolio.money.BudgetLineData;
import de.lotse.portfolio.money.CostType;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** The body of creating or changing a budget line; amounts in EUR as JSON numbers. */
record BudgetLineRequest(
        @NotNull @Min(1990) @Max(2100) Integer fiscalYear,
        @NotNull CostType costType,
        @NotNull @Amount BigDecimal planned,
        @NotNull @Amount BigDecimal approved,
        @NotNull @Amount BigDecimal spent,
        @Size(max = 100) String costCentre,
        @Size(max = 2000) String note) {

    BudgetLineData data() {
        return new BudgetLineData(fiscalYear, costType, planned, approved, spent, costCentre, note);
    }
}
