package de.lotse.portfolio;

import java.util.Map;
import java.util.UUID;

/**
 * What the portfolio list is filtered and sorted by; every part is optional.
 *
 * @param phase only projects in this phase
 * @param status only projects whose latest report has this light
 * @param withoutReport only projects without any report (the {@code status} is then ignored)
 * @param department only projects of this department
 * @param field only projects serving a goal of this field of action
 * @param goal only projects serving this goal
 * @param mode only lab or only line projects
 * @param topic only projects filed under this topic
 * @param overdue only projects whose status report is overdue
 * @param text words in the title, summary or lead
 * @param sort the order
 * @param descending whether the order is reversed
 */
public record PortfolioFilter(
        ProjectPhase phase,
        StatusLight status,
        boolean withoutReport,
        UUID department,
        UUID field,
        UUID goal,
        ProjectMode mode,
        UUID topic,
        boolean overdue,
        String text,
        PortfolioSort sort,
        boolean descending) {

    /** No filter, by title. */
    public static PortfolioFilter none() {
        return new PortfolioFilter(
                null, null, false, null, null, null, null, null, false, null, PortfolioSort.TITLE, false);
    }

    /** The same filter in another phase (for the board's links into the list). */
    public PortfolioFilter inPhase(ProjectPhase other) {
        return new PortfolioFilter(
                other, status, withoutReport, department, field, goal, mode, topic, overdue, text, sort, descending);
    }

    /**
     * The filter named by request parameters ({@code phase}, {@code status} — a light or {@code NONE}
     * —, {@code department}, {@code field}, {@code goal}, {@code mode}, {@code topic}, {@code overdue},
     * {@code q}, {@code sort}, {@code dir}); a value that names nothing is left out, as in a search.
     */
    public static PortfolioFilter from(Map<String, String> parameters) {
        String status = parameters.get("status");
        return new PortfolioFilter(
                constant(ProjectPhase.class, parameters.get("phase")),
                constant(StatusLight.class, status),
                "NONE".equalsIgnoreCase(status),
                uuid(parameters.get("department")),
                uuid(parameters.get("field")),
                uuid(parameters.get("goal")),
                constant(ProjectMode.class, parameters.get("mode")),
                uuid(parameters.get("topic")),
                "true".equalsIgnoreCase(parameters.get("overdue")),
                parameters.get("q") == null || parameters.get("q").isBlank()
                        ? null
                        : parameters.get("q").strip(),
                constant(PortfolioSort.class, parameters.get("sort")),
                "desc".equalsIgnoreCase(parameters.get("dir")));
    }

    /** The filter as request parameters, without the sort order and without empty values. */
    public Map<String, String> parameters() {
        Map<String, String> parameters = new java.util.LinkedHashMap<>();
        put(parameters, "phase", phase);
        put(parameters, "status", withoutReport ? "NONE" : status);
        put(parameters, "department", department);
        put(parameters, "field", field);
        put(parameters, "goal", goal);
        put(parameters, "mode", mode);
        put(parameters, "topic", topic);
        put(parameters, "overdue", overdue ? "true" : null);
        put(parameters, "q", text);
        return parameters;
    }

    private static void put(Map<String, String> parameters, String name, Object value) {
        if (value != null) {
            parameters.put(name, value.toString());
        }
    }

    private static <E extends Enum<E>> E constant(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static UUID uuid(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public PortfolioSort sortOrDefault() {
        return sort == null ? PortfolioSort.TITLE : sort;
    }
}
