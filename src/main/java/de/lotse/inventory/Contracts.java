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

/** Maintains the contracts of the current municipality's applications. */
@Service
@Validated
@Transactional
public class Contracts {

    private final ContractRepository repository;
    private final Applications applications;

    Contracts(ContractRepository repository, Applications applications) {
        this.repository = repository;
        this.applications = applications;
    }

    /** The application's contracts by start; an unknown application answers 404. */
    @Transactional(readOnly = true)
    public List<Contract> of(ApplicationId application) {
        applications.get(application);
        return repository.findByApplicationOrderByStartsOnAscContractorAsc(application);
    }

    @Transactional(readOnly = true)
    public Page<Contract> page(ApplicationId application, Pageable pageable) {
        applications.get(application);
        return repository.findByApplication(application, pageable);
    }

    /** A contract of the application; any other answers 404. */
    @Transactional(readOnly = true)
    public Contract get(ApplicationId application, ContractId id) {
        return repository
                .findById(id)
                .filter(found -> found.application().equals(application))
                .orElseThrow(() -> new RecordNotFoundException("application_contract", id));
    }

    /** The application a contract belongs to, e.g. to open its page from the history. */
    @Transactional(readOnly = true)
    public ApplicationId applicationOf(ContractId id) {
        return repository
                .findById(id)
                .map(Contract::application)
                .orElseThrow(() -> new RecordNotFoundException("application_contract", id));
    }

    public Contract create(ApplicationId application, @Valid ContractData data) {
        applications.get(application);
        check(data);
        return repository.save(new Contract(application, data));
    }

    /**
     * Changes a contract.
     *
     * @param expectedVersion the version the person saw; another current version changes nothing
     */
    public Contract update(ApplicationId application, ContractId id, long expectedVersion, @Valid ContractData data) {
        Contract found = current(application, id, expectedVersion);
        check(data);
        found.apply(data);
        return repository.save(found);
    }

    public void delete(ApplicationId application, ContractId id, long expectedVersion) {
        repository.delete(current(application, id, expectedVersion));
    }

    private Contract current(ApplicationId application, ContractId id, long expectedVersion) {
        Contract found = get(application, id);
        if (found.version() != expectedVersion) {
            throw new StaleVersionException(found, found.version());
        }
        return found;
    }

    private static void check(ContractData data) {
        if (data.endsOn() != null && data.endsOn().isBefore(data.startsOn())) {
            throw new InvalidFieldException("endsOn", "contract.ends-on.before-start");
        }
        if (data.autoRenewal() && data.endsOn() == null) {
            throw new InvalidFieldException("endsOn", "contract.ends-on.required-for-renewal");
        }
        if (data.autoRenewal() && data.renewalTermMonths() == null) {
            throw new InvalidFieldException("renewalTermMonths", "contract.renewal-term.required");
        }
    }
}
