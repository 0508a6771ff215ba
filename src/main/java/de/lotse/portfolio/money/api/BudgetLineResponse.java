package de.lotse.portfolio.money.api;

import de.lotse.portfolio.money.BudgetLine;
import de.lotse.portfolio.money.CostType;
import java.math.BigDecimal;
import java.util.UUID;

/** A budget line as the REST API shows it. */
record BudgetLineResponse(
        UUID id,
        UUID projectId,
        long version,
        int fiscalYear,
        CostType costType,
        BigDecimal planned,
        BigDecimal approved,
        BigDecimal spent,
        String costCentre,
        String note) {

    static BudgetLineResponse of(BudgetLine line) {
        return new BudgetLineResponse(
                line.id().value(),
                line.project().value(),
                line.version(),
                line.fiscalYear(),
                line.costType(),
                line.planned(),
                line.approved(),
                line.spent(),
                line.costCentre(),
                line.note());
    }
}
