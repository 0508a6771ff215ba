package de.lotse.inventory.web;

import de.lotse.inventory.Application;
import de.lotse.inventory.ApplicationData;
import de.lotse.inventory.ApplicationId;
import de.lotse.inventory.Criticality;
import de.lotse.inventory.Hosting;
import de.lotse.inventory.Lifecycle;
import de.lotse.inventory.ProtectionNeed;
import de.lotse.tenancy.DepartmentId;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.format.annotation.DateTimeFormat;

/** The form of an application as the person filled it in. */
class ApplicationForm {

    @NotBlank
    @Size(max = 200)
    private String name;

    @Size(max = 200)
    private String vendor;

    @Size(max = 200)
    private String product;

    @Size(max = 100)
    private String productVersion;

    @Size(max = 4000)
    private String purpose;

    private List<UUID> departmentIds = new ArrayList<>();

    @Size(max = 200)
    private String responsiblePerson;

    private Hosting hosting;

    @Min(0)
    @Max(10_000_000)
    private Integer users;

    @NotNull
    private Lifecycle lifecycle = Lifecycle.IN_USE;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate introducedOn;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate retireBy;

    @Min(1)
    @Max(4)
    private Integer functionalFit;

    @Min(1)
    @Max(4)
    private Integer technicalFit;

    private Criticality criticality;

    private boolean personalData;

    private ProtectionNeed protectionNeed;

    private boolean openSource;

    @Size(max = 200)
    private String licence;

    private UUID successorId;

    private long version;

    static ApplicationForm of(Application application) {
        ApplicationData data = application.data();
        ApplicationForm form = new ApplicationForm();
        form.name = data.name();
        form.vendor = data.vendor();
        form.product = data.product();
        form.productVersion = data.productVersion();
        form.purpose = data.purpose();
        form.departmentIds =
                data.departments().stream().map(DepartmentId::value).collect(Collectors.toList());
        form.responsiblePerson = data.responsiblePerson();
        form.hosting = data.hosting();
        form.users = data.users();
        form.lifecycle = data.lifecycle();
        form.introducedOn = data.introducedOn();
        form.retireBy = data.retireBy();
        form.functionalFit = data.functionalFit();
        form.technicalFit = data.technicalFit();
        form.criticality = data.criticality();
        form.personalData = data.personalData();
        form.protectionNeed = data.protectionNeed();
        form.openSource = data.openSource();
        form.licence = data.licence();
        form.successorId = data.successor() == null ? null : data.successor().value();
        form.version = application.version();
        return form;
    }

    ApplicationData data() {
        return new ApplicationData(
                name,
                vendor,
                product,
                productVersion,
                purpose,
                departmentIds == null
                        ? java.util.Set.of()
                        : departmentIds.stream().map(DepartmentId::new).collect(Collectors.toSet()),
                responsiblePerson,
                hosting,
                users,
                lifecycle,
                introducedOn,
                retireBy,
                functionalFit,
                technicalFit,
                criticality,
                personalData,
                protectionNeed,
                openSource,
                licence,
                successorId == null ? null : new ApplicationId(successorId));
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getVendor() {
        return vendor;
    }

    public void setVendor(String vendor) {
        this.vendor = vendor;
    }

    public String getProduct() {
        return product;
    }

    public void setProduct(String product) {
        this.product = product;
    }

    public String getProductVersion() {
        return productVersion;
    }

    public void setProductVersion(String productVersion) {
        this.productVersion = productVersion;
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }

    public List<UUID> getDepartmentIds() {
        return departmentIds;
    }

    public void setDepartmentIds(List<UUID> departmentIds) {
        this.departmentIds = departmentIds;
    }

    public String getResponsiblePerson() {
        return responsiblePerson;
    }

    public void setResponsiblePerson(String responsiblePerson) {
        this.responsiblePerson = responsiblePerson;
    }

    public Hosting getHosting() {
        return hosting;
    }

    public void setHosting(Hosting hosting) {
        this.hosting = hosting;
    }

    public Integer getUsers() {
        return users;
    }

    public void setUsers(Integer users) {
        this.users = users;
    }

    public Lifecycle getLifecycle() {
        return lifecycle;
    }

    public void setLifecycle(Lifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    public LocalDate getIntroducedOn() {
        return introducedOn;
    }

    public void setIntroducedOn(LocalDate introducedOn) {
        this.introducedOn = introducedOn;
    }

    public LocalDate getRetireBy() {
        return retireBy;
    }

    public void setRetireBy(LocalDate retireBy) {
        this.retireBy = retireBy;
    }

    public Integer getFunctionalFit() {
        return functionalFit;
    }

    public void setFunctionalFit(Integer functionalFit) {
        this.functionalFit = functionalFit;
    }

    public Integer getTechnicalFit() {
        return technicalFit;
    }

    public void setTechnicalFit(Integer technicalFit) {
        this.technicalFit = technicalFit;
    }

    public Criticality getCriticality() {
        return criticality;
    }

    public void setCriticality(Criticality criticality) {
        this.criticality = criticality;
    }

    public boolean isPersonalData() {
        return personalData;
    }

    public void setPersonalData(boolean personalData) {
        this.personalData = personalData;
    }

    public ProtectionNeed getProtectionNeed() {
        return protectionNeed;
    }

    public void setProtectionNeed(ProtectionNeed protectionNeed) {
        this.protectionNeed = protectionNeed;
    }

    public boolean isOpenSource() {
        return openSource;
    }

    public void setOpenSource(boolean openSource) {
        this.openSource = openSource;
    }

    public String getLicence() {
        return licence;
    }

    public void setLicence(String licence) {
        this.licence = licence;
    }

    public UUID getSuccessorId() {
        return successorId;
    }

    public void setSuccessorId(UUID successorId) {
        this.successorId = successorId;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
