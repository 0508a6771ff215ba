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
 */
public record ApplicationFilter(
        String q, UUID department, Lifecycle lifecycle, TimeClass time, Hosting hosting, Boolean personalData) {

    public static final ApplicationFilter NONE = new ApplicationFilter(null, null, null, null, null, null);
}
