package de.lotse.portfolio;

import de.lotse.strategy.GoalId;
import de.lotse.strategy.GoalReferences;
import de.lotse.tenancy.CurrentTenant;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The portfolio as lists: filtered, sorted and paged in the database — one count, one page query and
 * a fixed number of look-ups for what the rows show (goals, topics), however many projects there are.
 */
@Service
@Transactional(readOnly = true)
public class Portfolio {

    /** The latest report of each project (its status), kept up to date by the database. */
    private static final String STATUS = " left join project_latest_report s on s.project_id = p.id";

    private static final String FROM = " from project p left join department d on d.id = p.department_id" + STATUS;

    private static final String CADENCE = "(case p.reporting_cadence when 'QUARTERLY' then interval '3 months'"
            + " when 'HALF_YEARLY' then interval '6 months' else interval '1 month' end)";

    private static final String COLUMNS =
            "select p.id, p.version, p.title, p.summary, p.phase, p.mode, p.priority, p.department_id, d.name as department_name,"
                    + " p.lead, p.planned_start, p.planned_end, p.reporting_cadence, p.left_idea_on,"
                    + " s.overall, s.report_date";

    private final JdbcClient jdbc;
    private final GoalReferences goals;
    private final Clock clock;

    Portfolio(JdbcClient jdbc, GoalReferences goals, Clock clock) {
        this.jdbc = jdbc;
        this.goals = goals;
        this.clock = clock;
    }

    /** One page of the projects matching the filter. */
    public Page<PortfolioRow> page(PortfolioFilter filter, Pageable pageable) {
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, params);
        long total = jdbc.sql("select count(*)" + countFrom(filter) + where)
                .params(params)
                .query(Long.class)
                .single();
        if (total == 0 || pageable.getOffset() >= total) {
            return new PageImpl<>(List.of(), pageable, total);
        }
        String direction = filter.descending() ? " desc" : " asc";
        params.put("limit", pageable.getPageSize());
        params.put("offset", pageable.getOffset());
        List<Row> rows = jdbc.sql(COLUMNS + FROM + where + " order by " + filter.sortOrDefault().expression + direction
                        + " nulls last, lower(p.title), p.id limit :limit offset :offset")
                .params(params)
                .query(Portfolio::row)
                .list();
        return new PageImpl<>(complete(rows), pageable, total);
    }

    /** How many projects matching the filter are in each phase. */
    public Map<ProjectPhase, Long> countsByPhase(PortfolioFilter filter) {
        Map<String, Object> params = new HashMap<>();
        Map<ProjectPhase, Long> counts = new EnumMap<>(ProjectPhase.class);
        jdbc.sql("select p.phase, count(*) as n" + countFrom(filter) + where(filter.inPhase(null), params)
                        + " group by p.phase")
                .params(params)
                .query(rs -> {
                    counts.put(ProjectPhase.valueOf(rs.getString("phase")), rs.getLong("n"));
                });
        return counts;
    }

    /** The board: per phase the first projects matching the filter (by priority and title). */
    public Map<ProjectPhase, List<PortfolioRow>> board(PortfolioFilter filter, int perPhase) {
        Map<String, Object> params = new HashMap<>();
        String where = where(filter.inPhase(null), params);
        params.put("perPhase", perPhase);
        List<Row> rows = jdbc.sql("select * from (" + COLUMNS + ", row_number() over (partition by p.phase order by "
                        + PortfolioSort.PRIORITY.expression + ", lower(p.title), p.id) as n" + FROM + where
                        + ") ranked where n <= :perPhase order by n")
                .params(params)
                .query(Portfolio::row)
                .list();
        Map<ProjectPhase, List<PortfolioRow>> board = new EnumMap<>(ProjectPhase.class);
        for (ProjectPhase phase : ProjectPhase.values()) {
            board.put(phase, new ArrayList<>());
        }
        complete(rows).forEach(row -> board.get(row.phase()).add(row));
        return board;
    }

    /** Projects planned to run at some time between the two days, by start, one page of them. */
    public Page<PortfolioRow> between(LocalDate from, LocalDate to, PortfolioFilter filter, Pageable pageable) {
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, params)
                + " and p.planned_start is not null and p.planned_start <= :to"
                + " and coalesce(p.planned_end, p.planned_start) >= :from";
        params.put("from", from);
        params.put("to", to);
        long total = jdbc.sql("select count(*)" + countFrom(filter) + where)
                .params(params)
                .query(Long.class)
                .single();
        if (total == 0 || pageable.getOffset() >= total) {
            return new PageImpl<>(List.of(), pageable, total);
        }
        params.put("limit", pageable.getPageSize());
        params.put("offset", pageable.getOffset());
        List<Row> rows = jdbc.sql(COLUMNS + FROM + where
                        + " order by p.planned_start, lower(p.title), p.id limit :limit offset :offset")
                .params(params)
                .query(Portfolio::row)
                .list();
        return new PageImpl<>(complete(rows), pageable, total);
    }

    /** The milestones of the given projects due between the two days, per project by due day (one query). */
    public Map<ProjectId, List<RoadmapMilestone>> milestones(
            Collection<ProjectId> projects, LocalDate from, LocalDate to) {
        Map<ProjectId, List<RoadmapMilestone>> byProject = new HashMap<>();
        if (projects.isEmpty()) {
            return byProject;
        }
        jdbc.sql("select id, project_id, title, due, done from milestone where tenant_id = :tenant"
                        + " and project_id in (:ids) and due between :from and :to order by due, title")
                .param("tenant", tenant())
                .param("ids", projects.stream().map(ProjectId::value).toList())
                .param("from", from)
                .param("to", to)
                .query(rs -> {
                    byProject
                            .computeIfAbsent(
                                    new ProjectId(rs.getObject("project_id", UUID.class)), id -> new ArrayList<>())
                            .add(new RoadmapMilestone(
                                    rs.getString("title"),
                                    rs.getObject("due", LocalDate.class),
                                    rs.getBoolean("done")));
                });
        return byProject;
    }

    /** Every project of the municipality by title, as choices (e.g. for a dependency). */
    public List<ProjectReferences.ProjectReference> choices() {
        return jdbc.sql("select id, title, phase, department_id from project where tenant_id = :tenant"
                        + " order by lower(title), id")
                .param("tenant", tenant())
                .query((rs, n) -> {
                    UUID department = rs.getObject("department_id", UUID.class);
                    return new ProjectReferences.ProjectReference(
                            new ProjectId(rs.getObject("id", UUID.class)),
                            rs.getString("title"),
                            ProjectPhase.valueOf(rs.getString("phase")),
                            department == null ? null : new de.lotse.tenancy.DepartmentId(department));
                })
                .list();
    }

    /** The projects that depend on the given one. */
    public List<ProjectReferences.ProjectReference> dependents(ProjectId project) {
        return jdbc.sql("select p.id, p.title, p.phase, p.department_id from project_dependency d"
                        + " join project p on p.id = d.project_id where d.tenant_id = :tenant"
                        + " and d.depends_on_id = :project order by lower(p.title)")
                .param("tenant", tenant())
                .param("project", project.value())
                .query((rs, n) -> {
                    UUID department = rs.getObject("department_id", UUID.class);
                    return new ProjectReferences.ProjectReference(
                            new ProjectId(rs.getObject("id", UUID.class)),
                            rs.getString("title"),
                            ProjectPhase.valueOf(rs.getString("phase")),
                            department == null ? null : new de.lotse.tenancy.DepartmentId(department));
                })
                .list();
    }

    /** What a count reads: the status only when the filter asks about it. */
    private static String countFrom(PortfolioFilter filter) {
        return filter.status() != null || filter.withoutReport() || filter.overdue()
                ? " from project p" + STATUS
                : " from project p";
    }

    private String where(PortfolioFilter filter, Map<String, Object> params) {
        StringBuilder where = new StringBuilder(" where p.tenant_id = :tenant");
        params.put("tenant", tenant());
        if (filter.phase() != null) {
            where.append(" and p.phase = :phase");
            params.put("phase", filter.phase().name());
        }
        if (filter.withoutReport()) {
            where.append(" and s.overall is null");
        } else if (filter.status() != null) {
            where.append(" and s.overall = :status");
            params.put("status", filter.status().name());
        }
        if (filter.department() != null) {
            where.append(" and p.department_id = :department");
            params.put("department", filter.department());
        }
        if (filter.field() != null) {
            where.append(" and exists (select 1 from project_goal pg join goal g on g.id = pg.goal_id"
                    + " where pg.project_id = p.id and g.field_id = :field)");
            params.put("field", filter.field());
        }
        if (filter.goal() != null) {
            where.append(
                    " and exists (select 1 from project_goal pg where pg.project_id = p.id and pg.goal_id = :goal)");
            params.put("goal", filter.goal());
        }
        if (filter.mode() != null) {
            where.append(" and p.mode = :mode");
            params.put("mode", filter.mode().name());
        }
        if (filter.topic() != null) {
            where.append(
                    " and exists (select 1 from project_topic pt where pt.project_id = p.id and pt.topic_id = :topic)");
            params.put("topic", filter.topic());
        }
        if (filter.overdue()) {
            where.append(" and p.phase in ('CONCEPT','FUNDING','PROCUREMENT','IMPLEMENTATION','ROLLOUT','OPERATION')"
                    + " and coalesce(s.report_date, p.left_idea_on) + " + CADENCE + " < :today");
            params.put("today", LocalDate.now(clock));
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            where.append(" and (p.title ilike :text or p.summary ilike :text or p.lead ilike :text)");
            params.put(
                    "text",
                    "%"
                            + filter.text()
                                    .strip()
                                    .replace("\\", "\\\\")
                                    .replace("%", "\\%")
                                    .replace("_", "\\_") + "%");
        }
        return where.toString();
    }

    /** Adds goals and topics to the rows: two look-ups for the goals, one for the topics. */
    private List<PortfolioRow> complete(List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = rows.stream().map(Row::id).toList();
        Map<UUID, List<GoalId>> goalsOf = new HashMap<>();
        jdbc.sql("select project_id, goal_id from project_goal where tenant_id = :tenant and project_id in (:ids)")
                .param("tenant", tenant())
                .param("ids", ids)
                .query(rs -> {
                    goalsOf.computeIfAbsent(rs.getObject("project_id", UUID.class), id -> new ArrayList<>())
                            .add(new GoalId(rs.getObject("goal_id", UUID.class)));
                });
        Map<GoalId, String> titles = goals.titles(
                goalsOf.values().stream().flatMap(List::stream).distinct().toList());
        Map<UUID, List<String>> topicsOf = new HashMap<>();
        jdbc.sql("select pt.project_id, t.name from project_topic pt join topic t on t.id = pt.topic_id"
                        + " where pt.tenant_id = :tenant and pt.project_id in (:ids) order by t.position, t.name")
                .param("tenant", tenant())
                .param("ids", ids)
                .query(rs -> {
                    topicsOf.computeIfAbsent(rs.getObject("project_id", UUID.class), id -> new ArrayList<>())
                            .add(rs.getString("name"));
                });
        LocalDate today = LocalDate.now(clock);
        return rows.stream()
                .map(row -> {
                    Map<UUID, String> served = new LinkedHashMap<>();
                    titles.forEach((goal, title) -> {
                        if (goalsOf.getOrDefault(row.id(), List.of()).contains(goal)) {
                            served.put(goal.value(), title);
                        }
                    });
                    return new PortfolioRow(
                            new ProjectId(row.id()),
                            row.version(),
                            row.title(),
                            row.summary(),
                            row.phase(),
                            row.mode(),
                            row.priority(),
                            row.department(),
                            row.departmentName(),
                            row.lead(),
                            row.plannedStart(),
                            row.plannedEnd(),
                            row.status(),
                            row.reportDate(),
                            ReportDue.of(row.phase(), row.cadence(), row.reportDate(), row.leftIdeaOn(), today),
                            served,
                            topicsOf.getOrDefault(row.id(), List.of()));
                })
                .toList();
    }

    private record Row(
            UUID id,
            long version,
            String title,
            String summary,
            ProjectPhase phase,
            ProjectMode mode,
            ProjectPriority priority,
            UUID department,
            String departmentName,
            String lead,
            LocalDate plannedStart,
            LocalDate plannedEnd,
            ReportingCadence cadence,
            LocalDate leftIdeaOn,
            StatusLight status,
            LocalDate reportDate) {}

    private static Row row(ResultSet rs, int rowNumber) throws SQLException {
        String overall = rs.getString("overall");
        return new Row(
                rs.getObject("id", UUID.class),
                rs.getLong("version"),
                rs.getString("title"),
                rs.getString("summary"),
                ProjectPhase.valueOf(rs.getString("phase")),
                ProjectMode.valueOf(rs.getString("mode")),
                ProjectPriority.valueOf(rs.getString("priority")),
                rs.getObject("department_id", UUID.class),
                rs.getString("department_name"),
                rs.getString("lead"),
                rs.getObject("planned_start", LocalDate.class),
                rs.getObject("planned_end", LocalDate.class),
                ReportingCadence.valueOf(rs.getString("reporting_cadence")),
                rs.getObject("left_idea_on", LocalDate.class),
                overall == null ? null : StatusLight.valueOf(overall),
                rs.getObject("report_date", LocalDate.class));
    }

    private static UUID tenant() {
        return CurrentTenant.require().value();
    }
}
