package de.lotse.inventory;

/**
 * The TIME classification of an application (Gartner's quadrant), from its functional and technical
 * fit, each from 1 (poor) to 4 (very good); 3 and 4 count as high.
 */
public enum TimeClass {
    /** Functional fit low, technical fit high: keep it running, do not invest. */
    TOLERATE,
    /** Both high: develop it further. */
    INVEST,
    /** Functional fit high, technical fit low: move it onto a sound technical base. */
    MIGRATE,
    /** Both low: replace or switch off. */
    ELIMINATE;

    /** The lowest fit that counts as high. */
    public static final int HIGH = 3;

    /** The class of the fits, or null while either is not assessed. */
    public static TimeClass of(Integer functionalFit, Integer technicalFit) {
        if (functionalFit == null || technicalFit == null) {
            return null;
        }
        boolean functional = functionalFit >= HIGH;
        boolean technical = technicalFit >= HIGH;
        if (functional) {
            return technical ? INVEST : MIGRATE;
        }
        return technical ? TOLERATE : ELIMINATE;
    }
}
