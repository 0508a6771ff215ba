package de.lotse.servicecatalog.web;

import de.lotse.platform.WebAddress;
import de.lotse.servicecatalog.ServiceStatusData;
import de.lotse.servicecatalog.ServiceStatusRow;
import de.lotse.tenancy.DepartmentId;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;

/** The form of one service's state as the person filled it in. */
class ServiceStatusForm {

    private boolean concerned = true;
    private UUID departmentId;

    @Size(max = 200)
    private String solutionName;

    @Size(max = 200)
    private String solutionProvider;

    private boolean sharedSolution;

    @Size(max = 500)
    @WebAddress(message = "{service-status.online-url.invalid}")
    private String onlineUrl;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate onlineSince;

    @NotNull
    @Min(0)
    @Max(7)
    private Integer maturityLevel = 0;

    @Min(2000)
    @Max(2100)
    private Integer casesYear;

    @PositiveOrZero
    private Integer casesOnline;

    @PositiveOrZero
    private Integer casesOffline;

    @Size(max = 4000)
    private String remarks;

    private long version;

    static ServiceStatusForm of(ServiceStatusRow row) {
        ServiceStatusForm form = new ServiceStatusForm();
        form.concerned = row.concerned();
        form.departmentId = row.departmentId();
        form.solutionName = row.solutionName();
        form.solutionProvider = row.solutionProvider();
        form.remarks = row.remarks();
        form.sharedSolution = row.sharedSolution();
        form.onlineUrl = row.onlineUrl();
        form.onlineSince = row.onlineSince();
        form.maturityLevel = row.maturityLevel();
        form.casesYear = row.casesYear();
        form.casesOnline = row.casesOnline();
        form.casesOffline = row.casesOffline();
        form.version = row.version();
        return form;
    }

    ServiceStatusData data() {
        return new ServiceStatusData(
                concerned,
                departmentId == null ? null : new DepartmentId(departmentId),
                solutionName,
                solutionProvider,
                sharedSolution,
                onlineUrl,
                onlineSince,
                maturityLevel,
                casesYear,
                casesOnline,
                casesOffline,
                remarks);
    }

    public boolean isConcerned() {
        return concerned;
    }

    public void setConcerned(boolean concerned) {
        this.concerned = concerned;
    }

    public UUID getDepartmentId() {
        return departmentId;
    }

    public void setDepartmentId(UUID departmentId) {
        this.departmentId = departmentId;
    }

    public String getSolutionName() {
        return solutionName;
    }

    public void setSolutionName(String solutionName) {
        this.solutionName = solutionName;
    }

    public String getSolutionProvider() {
        return solutionProvider;
    }

    public void setSolutionProvider(String solutionProvider) {
        this.solutionProvider = solutionProvider;
    }

    public boolean isSharedSolution() {
        return sharedSolution;
    }

    public void setSharedSolution(boolean sharedSolution) {
        this.sharedSolution = sharedSolution;
    }

    public String getOnlineUrl() {
        return onlineUrl;
    }

    public void setOnlineUrl(String onlineUrl) {
        this.onlineUrl = onlineUrl;
    }

    public LocalDate getOnlineSince() {
        return onlineSince;
    }

    public void setOnlineSince(LocalDate onlineSince) {
        this.onlineSince = onlineSince;
    }

    public Integer getMaturityLevel() {
        return maturityLevel;
    }

    public void setMaturityLevel(Integer maturityLevel) {
        this.maturityLevel = maturityLevel;
    }

    public Integer getCasesYear() {
        return casesYear;
    }

    public void setCasesYear(Integer casesYear) {
        this.casesYear = casesYear;
    }

    public Integer getCasesOnline() {
        return casesOnline;
    }

    public void setCasesOnline(Integer casesOnline) {
        this.casesOnline = casesOnline;
    }

    public Integer getCasesOffline() {
        return casesOffline;
    }

    public void setCasesOffline(Integer casesOffline) {
        this.casesOffline = casesOffline;
    }

    public String getRemarks() {
        return remarks;
    }

    public void setRemarks(String remarks) {
        this.remarks = remarks;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
