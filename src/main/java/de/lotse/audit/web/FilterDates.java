package de.lotse.audit.web;

import de.lotse.platform.InvalidFieldException;
import org.springframework.validation.BindingResult;

/**
 * The audit lists leave out filter values that do not parse, except their dates: a date outside the
 * years Lotse accepts is refused with 400, so nobody mistakes an unfiltered list for a filtered one.
 */
final class FilterDates {

    private FilterDates() {}

    /** Refuses the filter when its {@code from} or {@code to} did not parse. */
    static void require(BindingResult binding) {
        for (String field : new String[] {"from", "to"}) {
            if (binding.hasFieldErrors(field)) {
                throw new InvalidFieldException(field, "problem.date-range");
            }
        }
    }
}
