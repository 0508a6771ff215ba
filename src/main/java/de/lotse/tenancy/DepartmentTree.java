package de.lotse.tenancy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The departments of a municipality in tree order, each with its depth, for lists and for choosing a
 * parent.
 *
 * @param entries the departments, parents before their children, siblings by name
 */
public record DepartmentTree(List<Entry> entries) {

    /**
     * A department in the tree.
     *
     * @param department the department
     * @param depth 0 for the top level
     */
    public record Entry(Department department, int depth) {}

    static DepartmentTree of(List<Department> departments) {
        Map<DepartmentId, List<Department>> children = new HashMap<>();
        List<Department> roots = new ArrayList<>();
        Map<DepartmentId, Department> byId = new HashMap<>();
        departments.forEach(department -> byId.put(department.id(), department));
        for (Department department : departments) {
            if (department.parent() == null || !byId.containsKey(department.parent())) {
                roots.add(department);
            } else {
                children.computeIfAbsent(department.parent(), parent -> new ArrayList<>())
                        .add(department);
            }
        }
        List<Entry> entries = new ArrayList<>(departments.size());
        roots.stream().sorted(BY_NAME).forEach(root -> add(root, 0, children, entries));
        return new DepartmentTree(List.copyOf(entries));
    }

    private static final Comparator<Department> BY_NAME =
            Comparator.comparing(Department::name, String.CASE_INSENSITIVE_ORDER);

    private static void add(
            Department department, int depth, Map<DepartmentId, List<Department>> children, List<Entry> entries) {
        entries.add(new Entry(department, depth));
        children.getOrDefault(department.id(), List.of()).stream()
                .sorted(BY_NAME)
                .forEach(child -> add(child, depth + 1, children, entries));
    }

    /** The departments below the given one, at any depth. */
    public List<DepartmentId> descendantsOf(DepartmentId id) {
        List<DepartmentId> result = new ArrayList<>();
        int depth = -1;
        for (Entry entry : entries) {
            if (depth >= 0) {
                if (entry.depth() <= depth) {
                    break;
                }
                result.add(entry.department().id());
            } else if (entry.department().id().equals(id)) {
                depth = entry.depth();
            }
        }
        return result;
    }
}
