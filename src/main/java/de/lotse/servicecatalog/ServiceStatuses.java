package de.lotse.servicecatalog;

import de.lotse.platform.InvalidFieldException;
import de.lotse.platform.RecordNotFoundException;
import de.lotse.platform.StaleVersionException;
import de.lotse.tenancy.DepartmentId;
import de.lotse.tenancy.Departments;
import jakarta.validation.Valid;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * What the current municipality records about the services of the catalogue: its status list,
 * filtered and paged in the database, and changes one by one or for many at once (the progress by
 * Themenfeld is {@link ServiceProgress}). The rows exist before they are read ({@link
 * ServiceStatusRows}): reading never writes.
 */
@Service
@Validated
@Transactional
public class ServiceStatuses {

    /** LeiKa types 2/3, 4 and 5 are executed by municipalities (1 by the federation). */
    static final String MUNICIPAL_TYPES = "[2345]";

    private static final String ROWS =
            """
            from service_status st
            join catalogue_leika_service s on s.id = st.service_id
            left join catalogue_ozg_service o on o.ozg_id = s.ozg_id
            left join catalogue_life_situation l on l.id = o.life_situation_id
            left join catalogue_topic t on t.id = l.topic_id
            left join department d on d.id = st.department_id
            """;

    private static final String SELECT =
            "select st.*, st.%s as level, s.leika_key, s.name, s.leika_type, s.ozg_id, o.name as ozg_name, t.name as topic,"
                    + " d.name as department_name, s.withdrawn_in is not null as withdrawn " + ROWS;

    private final JdbcClient jdbc;
    private final ServiceStatusRepository repository;
    private final Departments departments;
    private final MaturityModels models;

    ServiceStatuses(
            JdbcClient jdbc, ServiceStatusRepository repository, Departments departments, MaturityModels models) {
        this.jdbc = jdbc;
        this.repository = repository;
        this.departments = departments;
        this.models = models;
    }

    /**
     * The municipality's services matching the filter, one page of them: by name, or with the sort
     * {@code casesOffline} those with the most cases on paper first (where going online helps most).
     */
    @Transactional(readOnly = true)
    public Page<ServiceStatusRow> list(ServiceStatusFilter filter, Pageable pageable) {
        MaturityModel model = models.current();
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, model, params);
        long total = jdbc.sql("select count(*) " + ROWS + where)
                .params(params)
                .query(Long.class)
                .single();
        if (total == 0) {
            return Page.empty(pageable);
        }
        String order = pageable.getSort().getOrderFor("casesOffline") != null
                ? " order by st.cases_offline desc nulls last, s.name, st.id"
                : " order by s.name, st.id";
        List<ServiceStatusRow> rows = jdbc.sql(select(model) + where + order + " limit :limit offset :offset")
                .params(params)
                .param("limit", pageable.getPageSize())
                .param("offset", pageable.getOffset())
                .query((rs, n) -> row(rs, model))
                .list();
        return new PageImpl<>(rows, pageable, total);
    }

    /** One service of the municipality by its LeiKa key. */
    @Transactional(readOnly = true)
    public ServiceStatusRow get(String leikaKey) {
        MaturityModel model = models.current();
        return jdbc.sql(select(model) + " where s.leika_key = :key")
                .param("key", leikaKey)
                .query((rs, n) -> row(rs, model))
                .optional()
                .orElseThrow(() -> new RecordNotFoundException("service-status", leikaKey));
    }

    /**
     * Changes what the municipality records about one service.
     *
     * @param expectedVersion the version the person saw; another one means someone changed it in between
     */
    public ServiceStatusRow update(String leikaKey, long expectedVersion, @Valid ServiceStatusData data) {
        ServiceStatusRow row = get(leikaKey);
        requireLevel(row.maturityModel(), data.maturityLevel());
        ServiceStatus status =
                repository.findById(new ServiceStatusId(row.id())).orElseThrow();
        if (status.version() != expectedVersion) {
            throw new StaleVersionException(row, status.version());
        }
        requireDepartment(data.department());
        status.apply(data, row.maturityModel());
        repository.saveAndFlush(status);
        return get(leikaKey);
    }

    /** One change for many services at once; what is {@code null} stays as it is. */
    public record BulkChange(Integer maturityLevel, DepartmentId department, Boolean concerned) {}

    /** Applies one change to the given services of the municipality; answers how many changed. */
    public int updateAll(Collection<UUID> ids, BulkChange change) {
        MaturityModel model = models.current();
        if (change.maturityLevel() != null) {
            requireLevel(model, change.maturityLevel());
        }
        requireDepartment(change.department());
        List<ServiceStatus> statuses =
                repository.findAllByIdIn(ids.stream().map(ServiceStatusId::new).toList());
        for (ServiceStatus status : statuses) {
            status.apply(change, model);
            repository.save(status);
        }
        return statuses.size();
    }

    /** The ids of the municipality's services with the given LeiKa keys; unknown keys are left out. */
    public List<UUID> idsOf(Collection<String> leikaKeys) {
        if (leikaKeys.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select st.id from service_status st join catalogue_leika_service s on s.id = st.service_id"
                        + " where s.leika_key in (:keys)")
                .param("keys", leikaKeys)
                .query(UUID.class)
                .list();
    }

    /** The catalogue's id of the LeiKa service a row of the status list is about. */
    public int serviceIdOf(ServiceStatusRow row) {
        return jdbc.sql("select service_id from service_status where id = :id")
                .param("id", row.id())
                .query(Integer.class)
                .single();
    }

    private static void requireLevel(MaturityModel model, Integer level) {
        if (level == null || !model.has(level)) {
            throw new InvalidFieldException("maturityLevel", "service-status.maturity.invalid." + model);
        }
    }

    private void requireDepartment(DepartmentId department) {
        if (department == null) {
            return;
        }
        try {
            departments.get(department);
        } catch (RecordNotFoundException e) {
            throw new InvalidFieldException("departmentId", "service-status.department.unknown");
        }
    }

    private static String select(MaturityModel model) {
        return SELECT.formatted(model.column());
    }

    private static String where(ServiceStatusFilter filter, MaturityModel model, Map<String, Object> params) {
        String level = "st." + model.column();
        StringBuilder where = new StringBuilder(" where s.withdrawn_in is null");
        if (!filter.allServices()) {
            where.append(" and st.concerned");
        }
        ServiceText.restrict(filter.text(), where, params);
        if (filter.topic() != null) {
            where.append(" and t.id = :topic");
            params.put("topic", filter.topic());
        }
        if (filter.maturityLevel() != null) {
            where.append(" and ").append(level).append(" = :level");
            params.put("level", filter.maturityLevel());
        }
        if (filter.department() != null) {
            where.append(" and st.department_id = :department");
            params.put("department", filter.department());
        }
        if (filter.online() != null) {
            where.append(" and ")
                    .append(level)
                    .append(filter.online() ? " >= " : " < ")
                    .append(MaturityModel.ONLINE_LEVEL);
        }
        if (filter.belowLevel() != null) {
            where.append(" and ").append(level).append(" < :below");
            params.put("below", filter.belowLevel());
        }
        if (filter.sharedSolution() != null) {
            where.append(" and st.shared_solution = :shared");
            params.put("shared", filter.sharedSolution());
        }
        return where.toString();
    }

    private static ServiceStatusRow row(ResultSet rs, MaturityModel model) throws SQLException {
        return new ServiceStatusRow(
                rs.getObject("id", UUID.class),
                rs.getLong("version"),
                rs.getString("leika_key"),
                rs.getString("name"),
                rs.getString("leika_type"),
                rs.getString("ozg_id"),
                rs.getString("ozg_name"),
                rs.getString("topic"),
                rs.getBoolean("concerned"),
                rs.getObject("department_id", UUID.class),
                rs.getString("department_name"),
                rs.getString("solution_name"),
                rs.getString("solution_provider"),
                rs.getBoolean("shared_solution"),
                rs.getString("online_url"),
                rs.getObject("online_since", java.time.LocalDate.class),
                rs.getInt("level"),
                model,
                (Integer) rs.getObject("cases_year"),
                (Integer) rs.getObject("cases_online"),
                (Integer) rs.getObject("cases_offline"),
                rs.getString("remarks"),
                rs.getBoolean("withdrawn"));
    }
}
