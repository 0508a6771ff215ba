package de.lotse.inventory.web;

import de.lotse.inventory.AnnualCosts;
import de.lotse.inventory.Contract;
import de.lotse.inventory.ContractData;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/** The form of a contract as the person filled it in; costs are text in the person's notation. */
class ContractForm {

    @NotBlank
    @Size(max = 200)
    private String contractor;

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate startsOn;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate endsOn;

    @NotNull
    @Min(0)
    @Max(120)
    private Integer noticePeriodMonths = 3;

    private boolean autoRenewal;

    @Min(1)
    @Max(120)
    private Integer renewalTermMonths;

    private String licenceCosts;
    private String maintenanceCosts;
    private String hostingCosts;
    private String supportCosts;

    @Size(max = 50)
    private String costCentre;

    @Email(regexp = ".+@.+\\..+")
    @Size(max = 254)
    private String notifyEmail;

    private long version;

    static ContractForm of(Contract contract, Locale locale) {
        ContractData data = contract.data();
        ContractForm form = new ContractForm();
        form.contractor = data.contractor();
        form.startsOn = data.startsOn();
        form.endsOn = data.endsOn();
        form.noticePeriodMonths = data.noticePeriodMonths();
        form.autoRenewal = data.autoRenewal();
        form.renewalTermMonths = data.renewalTermMonths();
        form.licenceCosts = CostField.write(data.costs().licence(), locale);
        form.maintenanceCosts = CostField.write(data.costs().maintenance(), locale);
        form.hostingCosts = CostField.write(data.costs().hosting(), locale);
        form.supportCosts = CostField.write(data.costs().support(), locale);
        form.costCentre = data.costCentre();
        form.notifyEmail = data.notifyEmail();
        form.version = contract.version();
        return form;
    }

    /** The contract's data, or null with the errors on the fields when the form cannot give it. */
    ContractData data(Errors errors) {
        BigDecimal licence = CostField.read(errors, "licenceCosts", licenceCosts);
        BigDecimal maintenance = CostField.read(errors, "maintenanceCosts", maintenanceCosts);
        BigDecimal hosting = CostField.read(errors, "hostingCosts", hostingCosts);
        BigDecimal support = CostField.read(errors, "supportCosts", supportCosts);
        if (autoRenewal && renewalTermMonths == null) {
            errors.rejectValue("renewalTermMonths", "contract.renewal-term.required");
        }
        if (errors.hasErrors()) {
            return null;
        }
        return new ContractData(
                contractor,
                startsOn,
                endsOn,
                noticePeriodMonths,
                autoRenewal,
                renewalTermMonths,
                new AnnualCosts(licence, maintenance, hosting, support),
                costCentre,
                notifyEmail);
    }

    public String getContractor() {
        return contractor;
    }

    public void setContractor(String contractor) {
        this.contractor = contractor;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(LocalDate endsOn) {
        this.endsOn = endsOn;
    }

    public Integer getNoticePeriodMonths() {
        return noticePeriodMonths;
    }

    public void setNoticePeriodMonths(Integer noticePeriodMonths) {
        this.noticePeriodMonths = noticePeriodMonths;
    }

    public boolean isAutoRenewal() {
        return autoRenewal;
    }

    public void setAutoRenewal(boolean autoRenewal) {
        this.autoRenewal = autoRenewal;
    }

    public Integer getRenewalTermMonths() {
        return renewalTermMonths;
    }

    public void setRenewalTermMonths(Integer renewalTermMonths) {
        this.renewalTermMonths = renewalTermMonths;
    }

    public String getLicenceCosts() {
        return licenceCosts;
    }

    public void setLicenceCosts(String licenceCosts) {
        this.licenceCosts = licenceCosts;
    }

    public String getMaintenanceCosts() {
        return maintenanceCosts;
    }

    public void setMaintenanceCosts(String maintenanceCosts) {
        this.maintenanceCosts = maintenanceCosts;
    }

    public String getHostingCosts() {
        return hostingCosts;
    }

    public void setHostingCosts(String hostingCosts) {
        this.hostingCosts = hostingCosts;
    }

    public String getSupportCosts() {
        return supportCosts;
    }

    public void setSupportCosts(String supportCosts) {
        this.supportCosts = supportCosts;
    }

    public String getCostCentre() {
        return costCentre;
    }

    public void setCostCentre(String costCentre) {
        this.costCentre = costCentre;
    }

    public String getNotifyEmail() {
        return notifyEmail;
    }

    public void setNotifyEmail(String notifyEmail) {
        this.notifyEmail = notifyEmail;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
