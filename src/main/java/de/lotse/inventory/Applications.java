package de.lotse.inventory;

import de.lotse.platform.ByIds;
import de.lotse.platform.InvalidFieldException;
import de.lotse.platform.RecordNotFoundException;
import de.lotse.platform.StaleVersionException;
import de.lotse.platform.StillReferencedException;
import de.lotse.tenancy.DepartmentId;
import de.lotse.tenancy.Departments;
import jakarta.validation.Valid;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/** Maintains the applications of the current municipality; its lists are filtered and paged in the database. */
@Service
@Validated
@Transactional
public class Applications {

    private static final String SELECT =
            """
            select a.id, a.version, a.name, a.vendor, a.product, a.product_version, a.lifecycle, a.hosting,
                   a.functional_fit, a.technical_fit, a.criticality, a.personal_data,
                   array(select d.id from application_department ad join department d on d.id = ad.department_id
                         where ad.application_id = a.id order by d.name) as department_ids,
                   array(select d.name from application_department ad join department d on d.id = ad.department_id
                         where ad.application_id = a.id order by d.name) as department_names
            from application a
            """;

    private final ApplicationRepository repository;
    private final ApplicationInterfaceRepository interfaces;
    private final ContractRepository contracts;
    private final Departments departments;
    private final JdbcClient jdbc;
    private final Clock clock;

    Applications(
            ApplicationRepository repository,
            ApplicationInterfaceRepository interfaces,
            ContractRepository contracts,
            Departments departments,
            JdbcClient jdbc,
            Clock clock) {
        this.repository = repository;
        this.interfaces = interfaces;
        this.contracts = contracts;
        this.departments = departments;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** One page of the applications matching the filter, by name: two statements. */
    @Transactional(readOnly = true)
    public Page<ApplicationRow> page(ApplicationFilter filter, Pageable pageable) {
        Map<String, Object> params = new HashMap<>();
        String where = ApplicationWhere.of(filter, params, LocalDate.now(clock));
        long total = jdbc.sql("select count(*) from application a" + where)
                .params(params)
                .query(Long.class)
                .single();
        if (total == 0) {
            return Page.empty(pageable);
        }
        List<ApplicationRow> rows = jdbc.sql(
                        SELECT + where + " order by lower(a.name), a.id limit :limit offset :offset")
                .params(params)
                .param("limit", pageable.getPageSize())
                .param("offset", pageable.getOffset())
                .query((rs, n) -> row(rs))
                .list();
        return new PageImpl<>(rows, pageable, total);
    }

    /** Those of the given applications that exist in the current municipality, by name. */
    @Transactional(readOnly = true)
    public List<ApplicationChoice> choices(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select id, name from application where id in (:ids) order by lower(name), id")
                .param("ids", ids)
                .query((rs, n) ->
                        new ApplicationChoice(new ApplicationId(rs.getObject("id", UUID.class)), rs.getString("name")))
                .list();
    }

    /** All applications by name, in a word each, to choose from. */
    @Transactional(readOnly = true)
    public List<ApplicationChoice> choices() {
        return jdbc.sql("select id, name from application order by lower(name), id")
                .query((rs, n) ->
                        new ApplicationChoice(new ApplicationId(rs.getObject("id", UUID.class)), rs.getString("name")))
                .list();
    }

    @Transactional(readOnly = true)
    public Application get(ApplicationId id) {
        return repository.findById(id).orElseThrow(() -> new RecordNotFoundException("application", id));
    }

    /** Those of the given applications that exist in the current municipality, with their departments. */
    @Transactional(readOnly = true)
    public Map<ApplicationId, Application> getAll(Collection<ApplicationId> ids) {
        Map<ApplicationId, Application> found = new HashMap<>();
        ByIds.read(ids, repository::findAllWithDepartmentsByIdIn)
                .forEach(application -> found.put(application.id(), application));
        return found;
    }

    /** The applications that name this one as their successor. */
    @Transactional(readOnly = true)
    public List<ApplicationChoice> predecessorsOf(ApplicationId id) {
        return jdbc.sql("select id, name from application where successor_id = :id order by lower(name), id")
                .param("id", id.value())
                .query((rs, n) ->
                        new ApplicationChoice(new ApplicationId(rs.getObject("id", UUID.class)), rs.getString("name")))
                .list();
    }

    public Application create(@Valid ApplicationData data) {
        return create(data, null);
    }

    /** Creates an application described by an imported publiccode.yml. */
    Application create(@Valid ApplicationData data, PublicCodeFacts publicCode) {
        Application application = new Application(data);
        check(application.id(), data);
        if (publicCode != null) {
            application.describedBy(publicCode);
        }
        return repository.save(application);
    }

    /**
     * Changes an application.
     *
     * @param expectedVersion the version the person saw; a different current version means someone
     *     else changed it in between, and nothing is changed
     */
    public Application update(ApplicationId id, long expectedVersion, @Valid ApplicationData data) {
        Application application = current(id, expectedVersion);
        check(id, data);
        application.apply(data);
        return repository.save(application);
    }

    /**
     * Deletes an application with its contracts and the interfaces to and from it; refused while another application
     * names it as its successor (that one would lose its plan).
     */
    public void delete(ApplicationId id, long expectedVersion) {
        Application application = current(id, expectedVersion);
        if (repository.existsBySuccessor(id)) {
            throw new StillReferencedException("application.delete.is-successor");
        }
        interfaces.findBySourceOrTargetOrderByExchangesAsc(id, id).forEach(interfaces::delete);
        contracts.findByApplicationOrderByStartsOnAscContractorAsc(id).forEach(contracts::delete);
        repository.delete(application);
    }

    /** Whether the application exists in the current municipality. */
    @Transactional(readOnly = true)
    public boolean exists(ApplicationId id) {
        return repository.existsById(id);
    }

    private Application current(ApplicationId id, long expectedVersion) {
        Application application = get(id);
        if (application.version() != expectedVersion) {
            throw new StaleVersionException(application, application.version());
        }
        return application;
    }

    private void check(ApplicationId id, ApplicationData data) {
        // one by one: a department already read in this transaction (as by an import) costs no statement
        for (DepartmentId department : data.departments()) {
            if (!departmentExists(department)) {
                throw new InvalidFieldException("departmentIds", "application.department.unknown");
            }
        }
        if (data.introducedOn() != null
                && data.retireBy() != null
                && data.retireBy().isBefore(data.introducedOn())) {
            throw new InvalidFieldException("retireBy", "application.retire-by.before-introduction");
        }
        if (!Licences.isValid(data.licence())) {
            throw new InvalidFieldException("licence", "application.licence.invalid");
        }
        ApplicationId successor = data.successor();
        if (successor != null) {
            if (successor.equals(id)) {
                throw new InvalidFieldException("successorId", "application.successor.self");
            }
            Set<ApplicationId> seen = new HashSet<>(Set.of(id));
            ApplicationId next = successor;
            while (next != null) {
                if (!seen.add(next)) {
                    throw new InvalidFieldException("successorId", "application.successor.cycle");
                }
                ApplicationId step = next;
                next = repository
                        .findById(step)
                        .orElseThrow(() -> new InvalidFieldException("successorId", "application.successor.unknown"))
                        .successor();
            }
        }
    }

    private boolean departmentExists(DepartmentId department) {
        try {
            departments.get(department);
            return true;
        } catch (RecordNotFoundException e) {
            return false;
        }
    }

    private static ApplicationRow row(ResultSet rs) throws SQLException {
        return new ApplicationRow(
                new ApplicationId(rs.getObject("id", UUID.class)),
                rs.getLong("version"),
                rs.getString("name"),
                rs.getString("vendor"),
                rs.getString("product"),
                rs.getString("product_version"),
                Lifecycle.valueOf(rs.getString("lifecycle")),
                rs.getString("hosting") == null ? null : Hosting.valueOf(rs.getString("hosting")),
                rs.getObject("functional_fit", Integer.class),
                rs.getObject("technical_fit", Integer.class),
                rs.getString("criticality") == null ? null : Criticality.valueOf(rs.getString("criticality")),
                rs.getBoolean("personal_data"),
                Arrays.stream((UUID[]) array(rs.getArray("department_ids"))).toList(),
                Arrays.stream((String[]) array(rs.getArray("department_names"))).toList());
    }

    private static Object array(Array array) throws SQLException {
        return array.getArray();
    }
}
