package de.lotse.inventory;

import java.util.UUID;

/**
 * Which applications a list shows; every part is optional.
 *
 * @param q a text in the name, vendor, product or purpose
 * @param department used by this department
 * @param lifecycle in this stage of life
 * @param time of this TIME class
 * @param hosting hosted so
 * @param personalData whether it processes personal data
 * @param noticeWithinMonths with a contract whose notice deadline is within this many months from today,
 *     held between 0 and {@link #NOTICE_MONTHS_MAX}
 */
public record ApplicationFilter(
        String q,
        UUID department,
        Lifecycle lifecycle,
        TimeClass time,
        Hosting hosting,
        Boolean personalData,
        Integer noticeWithinMonths) {

    /** A hundred years: any longer horizon means every contract, and a date beyond it would not exist. */
    public static final int NOTICE_MONTHS_MAX = 1200;

    public static final ApplicationFilter NONE = new ApplicationFilter(null, null, null, null, null, null, null);

    public ApplicationFilter {
        if (noticeWithinMonths != null) {
            noticeWithinMonths = Math.min(Math.max(noticeWithinMonths, 0), NOTICE_MONTHS_MAX);
        }
    }

    public ApplicationFilter(
            String q, UUID department, Lifecycle lifecycle, TimeClass time, Hosting hosting, Boolean personalData) {
        this(q, department, lifecycle, time, hosting, personalData, null);
    }
}
