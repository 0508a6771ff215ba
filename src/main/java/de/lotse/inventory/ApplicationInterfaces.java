package de.lotse.inventory;

import de.lotse.platform.InvalidFieldException;
import de.lotse.platform.RecordNotFoundException;
import de.lotse.platform.StaleVersionException;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
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

    ApplicationInterfaces(ApplicationInterfaceRepository repository, Applications applications) {
        this.repository = repository;
        this.applications = applications;
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
