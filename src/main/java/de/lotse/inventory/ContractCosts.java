package de.lotse.inventory;

import de.lotse.tenancy.CurrentTenant;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the current municipality's contracts cost in a fiscal year, per department and kind. A contract
 * counts with its full annual costs in every year it runs in (started by the year's end, not ended
 * before its start, or renewing itself); an application used by several departments is split
 * equally between them.
 */
@Service
@Transactional(readOnly = true)
public class ContractCosts {

    private final JdbcClient jdbc;

    ContractCosts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The costs of one fiscal year: one statement. */
    public Report of(int year) {
        List<DepartmentCosts> rows = jdbc.sql(
                        """
                        with running as (
                            select c.*, greatest((select count(*) from application_department ad
                                                  where ad.application_id = c.application_id), 1) as shares
                            from application_contract c
                            where c.tenant_id = :tenant and c.starts_on <= :last
                              and (c.ends_on is null or c.ends_on >= :first or c.auto_renewal)
                        )
                        select d.name,
                               sum(r.licence_costs / r.shares) as licence,
                               sum(r.maintenance_costs / r.shares) as maintenance,
                               sum(r.hosting_costs / r.shares) as hosting,
                               sum(r.support_costs / r.shares) as support
                        from running r
                        left join application_department ad on ad.application_id = r.application_id
                        left join department d on d.id = ad.department_id
                        group by d.id, d.name
                        order by d.name is null, lower(d.name), d.id
                        """)
                .param("tenant", CurrentTenant.require().value())
                .param("first", LocalDate.of(year, 1, 1))
                .param("last", LocalDate.of(year, 12, 31))
                .query((rs, n) -> new DepartmentCosts(
                        rs.getString("name"),
                        rs.getBigDecimal("licence"),
                        rs.getBigDecimal("maintenance"),
                        rs.getBigDecimal("hosting"),
                        rs.getBigDecimal("support")))
                .list();
        DepartmentCosts total = rows.stream()
                .reduce(
                        new DepartmentCosts(null, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO),
                        DepartmentCosts::plus);
        return new Report(year, rows.stream().map(DepartmentCosts::rounded).toList(), total.rounded());
    }

    /**
     * The costs of a fiscal year.
     *
     * @param departments by department's name, those without department last
     * @param total all departments together
     */
    public record Report(int year, List<DepartmentCosts> departments, DepartmentCosts total) {}
}
