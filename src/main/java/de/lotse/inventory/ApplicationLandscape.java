package de.lotse.inventory;

import de.lotse.tenancy.DepartmentTree;
import de.lotse.tenancy.Departments;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The landscape by department: which applications each department of the municipality uses. */
@Service
@Transactional(readOnly = true)
public class ApplicationLandscape {

    /** An application in the landscape: where it stands and how it is assessed. */
    public record Entry(ApplicationId id, String name, Lifecycle lifecycle, TimeClass time) {}

    /** A department of the tree (with its depth) and the applications it uses, by name. */
    public record DepartmentApplications(DepartmentTree.Entry department, List<Entry> applications) {}

    /**
     * The landscape: the departments that use applications, in the order of the tree, and the
     * applications no department is named for.
     */
    public record Landscape(
            List<DepartmentApplications> departments, List<Entry> withoutDepartment, int applications) {}

    private final JdbcClient jdbc;
    private final Departments departments;

    ApplicationLandscape(JdbcClient jdbc, Departments departments) {
        this.jdbc = jdbc;
        this.departments = departments;
    }

    /** The landscape, with or without the retired applications: one query besides the department tree. */
    public Landscape byDepartment(boolean withRetired) {
        Map<UUID, List<Entry>> byDepartment = new HashMap<>();
        List<Entry> withoutDepartment = new ArrayList<>();
        Set<ApplicationId> seen = new HashSet<>();
        jdbc.sql(
                        """
                        select a.id, a.name, a.lifecycle, a.functional_fit, a.technical_fit, ad.department_id
                        from application a left join application_department ad on ad.application_id = a.id
                        where :retired or a.lifecycle <> 'RETIRED'
                        order by lower(a.name), a.id
                        """)
                .param("retired", withRetired)
                .query(rs -> {
                    Entry entry = new Entry(
                            new ApplicationId(rs.getObject("id", UUID.class)),
                            rs.getString("name"),
                            Lifecycle.valueOf(rs.getString("lifecycle")),
                            TimeClass.of(
                                    (Integer) rs.getObject("functional_fit"), (Integer) rs.getObject("technical_fit")));
                    seen.add(entry.id());
                    UUID department = rs.getObject("department_id", UUID.class);
                    if (department == null) {
                        withoutDepartment.add(entry);
                    } else {
                        byDepartment
                                .computeIfAbsent(department, d -> new ArrayList<>())
                                .add(entry);
                    }
                });
        List<DepartmentApplications> used = departments.tree().entries().stream()
                .filter(entry ->
                        byDepartment.containsKey(entry.department().id().value()))
                .map(entry -> new DepartmentApplications(
                        entry, byDepartment.get(entry.department().id().value())))
                .toList();
        return new Landscape(used, withoutDepartment, seen.size());
    }
}
