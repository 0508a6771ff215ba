package de.lotse.servicecatalog;

/**
 * The OZG maturity models (Reifegradmodelle) a municipality can record its services in: 1.x (2020)
 * with levels 0 to 4 and 2.0 (2025) with levels 0 to 7. In both a service counts as online from
 * level 3, when the application is made online.
 */
public enum MaturityModel {
    OZG_1(4, "maturity_level"),
    OZG_2(7, "maturity_level_2");

    /** The level from which a service counts as online: the application is made online. */
    public static final int ONLINE_LEVEL = 3;

    private final int highest;
    private final String column;

    MaturityModel(int highest, String column) {
        this.highest = highest;
        this.column = column;
    }

    public int highest() {
        return highest;
    }

    public boolean has(int level) {
        return level >= 0 && level <= highest;
    }

    /** The column of {@code service_status} that holds a service's level in this model. */
    String column() {
        return column;
    }
}
