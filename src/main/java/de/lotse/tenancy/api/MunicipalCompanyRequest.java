package de.lotse.tenancy.api;

import de.lotse.platform.WebAddress;
import de.lotse.tenancy.LegalForm;
import de.lotse.tenancy.MunicipalCompanyData;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** The body of creating or changing a company of the municipal group. */
record MunicipalCompanyRequest(
        @NotBlank @Size(max = 200) String name,
        @Size(max = 30) String shortName,
        @NotNull LegalForm legalForm,
        @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal sharePercent,
        @Size(max = 300) @WebAddress String website,
        @Size(max = 200) String contact,
        Boolean active) {

    MunicipalCompanyData data() {
        return new MunicipalCompanyData(name, shortName, legalForm, sharePercent, website, contact);
    }

    boolean activeOrDefault() {
        return active == null || active;
    }
}
