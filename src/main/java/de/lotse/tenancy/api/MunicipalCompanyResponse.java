package de.lotse.tenancy.api;

import de.lotse.tenancy.LegalForm;
import de.lotse.tenancy.MunicipalCompany;
import java.math.BigDecimal;
import java.util.UUID;

/** A company of the municipal group as the REST API shows it. */
record MunicipalCompanyResponse(
        UUID id,
        long version,
        String name,
        String shortName,
        LegalForm legalForm,
        BigDecimal sharePercent,
        String website,
        String contact,
        boolean active) {

    static MunicipalCompanyResponse of(MunicipalCompany company) {
        return new MunicipalCompanyResponse(
                company.id().value(),
                company.version(),
                company.name(),
                company.shortName(),
                company.legalForm(),
                company.sharePercent(),
                company.website(),
                company.contact(),
                company.active());
    }
}
