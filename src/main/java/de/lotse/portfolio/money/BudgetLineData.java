package de.lotse.portfolio.money;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * What a person can set on a budget line.
 *
 * @param fiscalYear the fiscal year (Haushaltsjahr)
 * @param costType investive or consumptive
 * @param planned what the project plans to need (Planansatz)
 * @param approved what the budget approved (Ansatz/bewilligt)
 * @param spent what has been spent so far (Ist)
 * @param costCentre the budget item or product (Haushaltsstelle/Produkt), optional
 * @param note a remark, optional
 */
public record BudgetLineData(
        @NotNull @Min(1990) @Max(2100) Integer fiscalYear,
        @NotNull CostType costType,
        @NotNull @Amount BigDecimal planned,
        @NotNull @Amount BigDecimal approved,
        @NotNull @Amount BigDecimal spent,
        @Size(max = 100) String costCentre,
        @Size(max = 2000) String note) {

    /** The same data with blank texts as absent. */
    public BudgetLineData normalised() {
        return new BudgetLineData(
                fiscalYear, costType, planned, approved, spent, Texts.blankToNull(costCentre), Texts.blankToNull(note));
    }
}
