package de.lotse.inventory;

import de.lotse.tenancy.CurrentTenant;
import java.time.LocalDate;
import java.util.Map;

/** The where clause of a list of applications (alias {@code a}) for a filter, bound to the current municipality. */
final class ApplicationWhere {

    private ApplicationWhere() {}

    /** @param today from which "notice within N months" counts */
    static String of(ApplicationFilter filter, Map<String, Object> params, LocalDate today) {
        StringBuilder where = new StringBuilder(" where a.tenant_id = :tenant");
        params.put("tenant", CurrentTenant.require().value());
        if (filter.q() != null && !filter.q().isBlank()) {
            where.append(" and (a.name ilike :q or a.vendor ilike :q or a.product ilike :q or a.purpose ilike :q)");
            params.put(
                    "q",
                    "%"
                            + filter.q()
                                    .strip()
                                    .replace("\\", "\\\\")
                                    .replace("%", "\\%")
                                    .replace("_", "\\_") + "%");
        }
        if (filter.department() != null) {
            where.append(" and exists (select 1 from application_department ad"
                    + " where ad.application_id = a.id and ad.department_id = :department)");
            params.put("department", filter.department());
        }
        if (filter.lifecycle() != null) {
            where.append(" and a.lifecycle = :lifecycle");
            params.put("lifecycle", filter.lifecycle().name());
        }
        if (filter.hosting() != null) {
            where.append(" and a.hosting = :hosting");
            params.put("hosting", filter.hosting().name());
        }
        if (filter.personalData() != null) {
            where.append(" and a.personal_data = :personalData");
            params.put("personalData", filter.personalData());
        }
        if (filter.noticeWithinMonths() != null) {
            where.append(" and exists (select 1 from application_contract c where c.application_id = a.id and "
                    + ContractQueries.DEADLINE
                    + " between :today and :noticeUntil)");
            params.put("today", today);
            params.put("noticeUntil", today.plusMonths(Math.max(filter.noticeWithinMonths(), 0)));
        }
        if (filter.time() != null) {
            String functional =
                    switch (filter.time()) {
                        case INVEST, MIGRATE -> ">=";
                        case TOLERATE, ELIMINATE -> "<";
                    };
            String technical =
                    switch (filter.time()) {
                        case INVEST, TOLERATE -> ">=";
                        case MIGRATE, ELIMINATE -> "<";
                    };
            where.append(" and a.functional_fit ")
                    .append(functional)
                    .append(" :high and a.technical_fit ")
                    .append(technical)
                    .append(" :high");
            params.put("high", TimeClass.HIGH);
        }
        return where.toString();
    }
}
