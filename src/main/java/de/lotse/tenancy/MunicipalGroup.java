package de.lotse.tenancy;

import de.lotse.platform.RecordNotFoundException;
import de.lotse.platform.StaleVersionException;
import de.lotse.platform.StillReferencedException;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/** Maintains the companies and enterprises of the current municipality's group. */
@Service
@Validated
@Transactional
public class MunicipalGroup {

    private final MunicipalCompanyRepository repository;
    private final List<MunicipalCompanyReferences> references;

    MunicipalGroup(MunicipalCompanyRepository repository, List<MunicipalCompanyReferences> references) {
        this.repository = repository;
        this.references = references;
    }

    @Transactional(readOnly = true)
    public Page<MunicipalCompany> page(Pageable pageable) {
        return repository.findAllBy(pageable);
    }

    @Transactional(readOnly = true)
    public MunicipalCompany get(MunicipalCompanyId id) {
        return repository.findById(id).orElseThrow(() -> new RecordNotFoundException("municipal company", id));
    }

    public MunicipalCompany create(@Valid MunicipalCompanyData data) {
        return repository.save(new MunicipalCompany(data));
    }

    /**
     * Changes a company.
     *
     * @param expectedVersion the version the person saw; a different current version means someone
     *     else changed it in between, and nothing is changed
     */
    public MunicipalCompany update(MunicipalCompanyId id, long expectedVersion, @Valid MunicipalCompanyData data) {
        MunicipalCompany company = current(id, expectedVersion);
        company.apply(data);
        return repository.save(company);
    }

    public MunicipalCompany setActive(MunicipalCompanyId id, long expectedVersion, boolean active) {
        MunicipalCompany company = current(id, expectedVersion);
        company.setActive(active);
        return repository.save(company);
    }

    /** Deletes a company unless a record of another module refers to it; deactivate it then. */
    public void delete(MunicipalCompanyId id, long expectedVersion) {
        MunicipalCompany company = current(id, expectedVersion);
        if (references.stream().anyMatch(reference -> reference.refersTo(id))) {
            throw new StillReferencedException("municipal-group.delete.referenced");
        }
        repository.delete(company);
    }

    private MunicipalCompany current(MunicipalCompanyId id, long expectedVersion) {
        MunicipalCompany company = get(id);
        if (company.version() != expectedVersion) {
            throw new StaleVersionException(company, company.version());
        }
        return company;
    }
}
