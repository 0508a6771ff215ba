package de.lotse.portfolio.money;

/** Whether money builds an asset (investiv) or is spent on running costs (konsumtiv). */
public enum CostType {
    INVESTIVE,
    CONSUMPTIVE
}
