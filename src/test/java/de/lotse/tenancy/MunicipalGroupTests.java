package de.lotse.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.lotse.platform.StillReferencedException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;

class MunicipalGroupTests {

    /** The companies in memory: the rules of the service do not need a database. */
    static final class Companies implements MunicipalCompanyRepository {

        final Map<MunicipalCompanyId, MunicipalCompany> stored = new HashMap<>();

        @Override
        public MunicipalCompany save(MunicipalCompany company) {
            stored.put(company.id(), company);
            return company;
        }

        @Override
        public Optional<MunicipalCompany> findById(MunicipalCompanyId id) {
            return Optional.ofNullable(stored.get(id));
        }

        @Override
        public Page<MunicipalCompany> findAllBy(Pageable pageable) {
            return new PageImpl<>(List.copyOf(stored.values()));
        }

        @Override
        public void delete(MunicipalCompany company) {
            stored.remove(company.id());
        }
    }

    private static final MunicipalCompanyData WERKE =
            new MunicipalCompanyData("Stadtwerke", null, LegalForm.GMBH, null, null, null);

    @Test
    void aCompanySomethingRefersToIsNotDeleted() {
        Companies companies = new Companies();
        MunicipalCompany referred = new MunicipalGroup(companies, List.of()).create(WERKE);
        MunicipalGroup group = new MunicipalGroup(companies, List.of(referred.id()::equals));

        assertThatThrownBy(() -> group.delete(referred.id(), 0))
                .isInstanceOf(StillReferencedException.class)
                .extracting("messageKey")
                .isEqualTo("municipal-group.delete.referenced");
        assertThat(companies.stored).containsKey(referred.id());
    }

    @Test
    void aCompanyNothingRefersToIsDeleted() {
        Companies companies = new Companies();
        MunicipalGroup group = new MunicipalGroup(companies, List.of(company -> false));
        MunicipalCompany company = group.create(WERKE);

        group.delete(company.id(), 0);

        assertThat(companies.stored).isEmpty();
    }
}
