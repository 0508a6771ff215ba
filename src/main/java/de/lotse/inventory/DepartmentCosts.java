package de.lotse.inventory;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The annual contract costs one department bears, by kind: its equal share of each contract of the
 * applications it uses.
 *
 * @param department the department's name; none for applications no department is named for
 */
public record DepartmentCosts(
        String department, BigDecimal licence, BigDecimal maintenance, BigDecimal hosting, BigDecimal support) {

    public BigDecimal total() {
        return licence.add(maintenance).add(hosting).add(support);
    }

    DepartmentCosts plus(DepartmentCosts other) {
        return new DepartmentCosts(
                department,
                licence.add(other.licence),
                maintenance.add(other.maintenance),
                hosting.add(other.hosting),
                support.add(other.support));
    }

    /** To the cent, as pages show it. */
    DepartmentCosts rounded() {
        return new DepartmentCosts(
                department,
                licence.setScale(2, RoundingMode.HALF_UP),
                maintenance.setScale(2, RoundingMode.HALF_UP),
                hosting.setScale(2, RoundingMode.HALF_UP),
                support.setScale(2, RoundingMode.HALF_UP));
    }
}
