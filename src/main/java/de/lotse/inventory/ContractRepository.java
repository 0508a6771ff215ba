package de.lotse.inventory;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.Repository;

/** Stores the contracts of the current municipality's applications. */
interface ContractRepository extends Repository<Contract, ContractId> {

    Contract save(Contract contract);

    Optional<Contract> findById(ContractId id);

    Page<Contract> findByApplication(ApplicationId application, Pageable pageable);

    List<Contract> findByApplicationOrderByStartsOnAscContractorAsc(ApplicationId application);

    void delete(Contract contract);
}
