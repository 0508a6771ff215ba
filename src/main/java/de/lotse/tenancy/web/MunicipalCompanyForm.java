package de.lotse.tenancy.web;

import de.lotse.platform.WebAddress;
import de.lotse.tenancy.LegalForm;
import de.lotse.tenancy.MunicipalCompany;
import de.lotse.tenancy.MunicipalCompanyData;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** The form of a company of the municipal group as the person filled it in. */
public class MunicipalCompanyForm {

    @NotBlank
    @Size(max = 200)
    private String name;

    @Size(max = 30)
    private String shortName;

    @NotNull
    private LegalForm legalForm = LegalForm.GMBH;

    @DecimalMin("0")
    @DecimalMax("100")
    @Digits(integer = 3, fraction = 2)
    private BigDecimal sharePercent;

    @Size(max = 300)
    @WebAddress(message = "{municipal-group.website.invalid}")
    private String website;

    @Size(max = 200)
    private String contact;

    private long version;

    static MunicipalCompanyForm of(MunicipalCompany company) {
        MunicipalCompanyForm form = new MunicipalCompanyForm();
        form.name = company.name();
        form.shortName = company.shortName();
        form.legalForm = company.legalForm();
        form.sharePercent = company.sharePercent();
        form.website = company.website();
        form.contact = company.contact();
        form.version = company.version();
        return form;
    }

    MunicipalCompanyData data() {
        return new MunicipalCompanyData(
                name,
                shortName,
                legalForm,
                sharePercent,
                website == null || website.isBlank() ? null : website,
                contact);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getShortName() {
        return shortName;
    }

    public void setShortName(String shortName) {
        this.shortName = shortName;
    }

    public LegalForm getLegalForm() {
        return legalForm;
    }

    public void setLegalForm(LegalForm legalForm) {
        this.legalForm = legalForm;
    }

    public BigDecimal getSharePercent() {
        return sharePercent;
    }

    public void setSharePercent(BigDecimal sharePercent) {
        this.sharePercent = sharePercent;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    public String getContact() {
        return contact;
    }

    public void setContact(String contact) {
        this.contact = contact;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
