package de.lotse.tenancy;

import de.lotse.platform.WebAddress;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * What a person can set on a company of the municipal group.
 *
 * @param name e.g. "Stadtwerke Musterstadt GmbH"
 * @param shortName e.g. "SWM"
 * @param legalForm from the fixed list
 * @param sharePercent the municipality's share in per cent (0 to 100, two decimals); unknown if absent
 * @param website its website (http or https)
 * @param contact whom to ask there (name, e-mail or telephone)
 */
public record MunicipalCompanyData(
        @NotBlank @Size(max = 200) String name,
        @Size(max = 30) String shortName,
        @NotNull LegalForm legalForm,
        @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal sharePercent,
        @Size(max = 300) @WebAddress String website,
        @Size(max = 200) String contact) {

    /** The same data with blank texts as absent. */
    public MunicipalCompanyData normalised() {
        return new MunicipalCompanyData(
                name.strip(),
                blankToNull(shortName),
                legalForm,
                sharePercent,
                blankToNull(website),
                blankToNull(contact));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
