package de.lotse.portfolio.money;

/** Who funds a programme: the EU, the federation (Bund), the state (Land) or another body. */
public enum FundingBody {
    EU,
    FEDERAL,
    STATE,
    OTHER
}
