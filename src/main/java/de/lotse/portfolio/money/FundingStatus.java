package de.lotse.portfolio.money;

/** Where a funding application stands, from planned to decided or withdrawn. */
public enum FundingStatus {
    PLANNED,
    SUBMITTED,
    GRANTED,
    PARTLY_GRANTED,
    REJECTED,
    WITHDRAWN;

    /** Whether the funding body has decided in favour, so there is a granted amount. */
    public boolean granted() {
        return this == GRANTED || this == PARTLY_GRANTED;
    }

    /** Whether the funding body has decided, so there is a decision date. */
    public boolean decided() {
        return granted() || this == REJECTED;
    }
}
