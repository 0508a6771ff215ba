package de.lotse.tenancy;

import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.Repository;

/** Stores the companies of the current municipality's group (Hibernate adds the municipality). */
interface MunicipalCompanyRepository extends Repository<MunicipalCompany, MunicipalCompanyId> {

    MunicipalCompany save(MunicipalCompany company);

    Optional<MunicipalCompany> findById(MunicipalCompanyId id);

    Page<MunicipalCompany> findAllBy(Pageable pageable);

    void delete(MunicipalCompany company);
}
