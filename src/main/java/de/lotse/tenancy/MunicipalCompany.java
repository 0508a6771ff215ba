package de.lotse.tenancy;

import de.lotse.platform.WebAddress;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.util.UUID;
import org.hibernate.annotations.TenantId;
import org.hibernate.envers.Audited;

/** A company or enterprise of the municipal group (Eigenbetrieb, Stadtwerke, GmbH, AöR …). */
@Entity
@Audited
public class MunicipalCompany {

    @EmbeddedId
    @AttributeOverride(name = "value", column = @Column(name = "id"))
    private MunicipalCompanyId id;

    @TenantId
    private UUID tenantId;

    @Version
    private Long version;

    private String name;

    private String shortName;

    @Enumerated(EnumType.STRING)
    private LegalForm legalForm;

    private BigDecimal sharePercent;

    @WebAddress
    private String website;

    private String contact;

    private boolean active;

    protected MunicipalCompany() {}

    MunicipalCompany(MunicipalCompanyData data) {
        this.id = MunicipalCompanyId.random();
        this.active = true;
        apply(data);
    }

    final void apply(MunicipalCompanyData data) {
        MunicipalCompanyData normalised = data.normalised();
        this.name = normalised.name();
        this.shortName = normalised.shortName();
        this.legalForm = normalised.legalForm();
        this.sharePercent = normalised.sharePercent();
        this.website = normalised.website();
        this.contact = normalised.contact();
    }

    void setActive(boolean active) {
        this.active = active;
    }

    public MunicipalCompanyId id() {
        return id;
    }

    public long version() {
        return version == null ? 0 : version;
    }

    public String name() {
        return name;
    }

    public String shortName() {
        return shortName;
    }

    public LegalForm legalForm() {
        return legalForm;
    }

    public BigDecimal sharePercent() {
        return sharePercent;
    }

    public String website() {
        return website;
    }

    public String contact() {
        return contact;
    }

    public boolean active() {
        return active;
    }

    /** What a person can set, as it is now. */
    public MunicipalCompanyData data() {
        return new MunicipalCompanyData(name, shortName, legalForm, sharePercent, website, contact);
    }
}
