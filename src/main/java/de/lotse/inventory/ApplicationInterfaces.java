package de.lotse.inventory;

import de.lotse.platform.InvalidFieldException;
import de.lotse.platform.RecordNotFoundException;
import de.lotse.platform.StaleVersionException;
import de.lotse.tenancy.DepartmentId;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/** Maintains the interfaces between the current municipality's applications. */
@Service
@Validated
@Transactional
public class ApplicationInterfaces {

    private final ApplicationInterfaceRepository repository;
    private final Applications applications;
    private final JdbcClient jdbc;

    ApplicationInterfaces(ApplicationInterfaceRepository repository, Applications applications, JdbcClient jdbc) {
        this.repository = repository;
        this.applications = applications;
        this.jdbc = jdbc;
    }

    /**
     * Who talks to whom in the municipality: every interface, or those to or from an application the
     * department uses (one query).
     */
    @Transactional(readOnly = true)
    public InterfaceGraph graph(DepartmentId department) {
        String used = "select application_id from application_department where department_id = :department";
        List<InterfaceGraph.Link> links = jdbc.sql(
                        """
                        select f.id as from_id, f.name as from_name, t.id as to_id, t.name as to_name, i.exchanges
                        from application_interface i
                        join application f on f.id = i.from_application_id
                        join application t on t.id = i.to_application_id
                        """
                                + (department == null
                                        ? ""
                                        : " where i.from_application_id in (" + used + ")"
                                                + " or i.to_application_id in (" + used + ")")
                                + " order by lower(f.name), lower(t.name), i.exchanges")
                .param("department", department == null ? null : department.value())
                .query((rs, n) -> new InterfaceGraph.Link(
                        new ApplicationChoice(
                                new ApplicationId(rs.getObject("from_id", UUID.class)), rs.getString("from_name")),
                        new ApplicationChoice(
                                new ApplicationId(rs.getObject("to_id", UUID.class)), rs.getString("to_name")),
                        rs.getString("exchanges")))
                .list();
        return InterfaceGraph.of(links);
    }

    /** The interfaces to and from the application; an unknown application answers 404. */
    @Transactional(readOnly = true)
    public List<ApplicationInterface> of(ApplicationId application) {
        applications.get(application);
        return repository.findBySourceOrTargetOrderByExchangesAsc(application, application);
    }

    /** The interfaces the application sends through, page by page. */
    @Transactional(readOnly = true)
    public Page<ApplicationInterface> outgoing(ApplicationId application, Pageable pageable) {
        applications.get(application);
        return repository.findBySource(application, pageable);
    }

    /** An interface the application sends through; any other answers 404. */
    @Transactional(readOnly = true)
    public ApplicationInterface get(ApplicationId application, ApplicationInterfaceId id) {
        return repository
                .findById(id)
                .filter(found -> found.from().equals(application))
                .orElseThrow(() -> new RecordNotFoundException("application_interface", id));
    }

    /** The application an interface starts at, e.g. to open its page from the history. */
    @Transactional(readOnly = true)
    public ApplicationId applicationOf(ApplicationInterfaceId id) {
        return repository
                .findById(id)
                .map(ApplicationInterface::from)
                .orElseThrow(() -> new RecordNotFoundException("application_interface", id));
    }

    public ApplicationInterface create(ApplicationId from, @Valid ApplicationInterfaceData data) {
        applications.get(from);
        check(from, data);
        return repository.save(new ApplicationInterface(from, data));
    }

    public ApplicationInterface update(
            ApplicationId from, ApplicationInterfaceId id, long expectedVersion, @Valid ApplicationInterfaceData data) {
        ApplicationInterface found = current(from, id, expectedVersion);
        check(from, data);
        found.apply(data);
        return repository.save(found);
    }

    public void delete(ApplicationId from, ApplicationInterfaceId id, long expectedVersion) {
        repository.delete(current(from, id, expectedVersion));
    }

    private ApplicationInterface current(ApplicationId from, ApplicationInterfaceId id, long expectedVersion) {
        ApplicationInterface found = get(from, id);
        if (found.version() != expectedVersion) {
            throw new StaleVersionException(found, found.version());
        }
        return found;
    }

    private void check(ApplicationId from, ApplicationInterfaceData data) {
        if (data.to().equals(from)) {
            throw new InvalidFieldException("toApplicationId", "application.interface.self");
        }
        if (!applications.exists(data.to())) {
            throw new InvalidFieldException("toApplicationId", "application.interface.unknown");
        }
    }
}
