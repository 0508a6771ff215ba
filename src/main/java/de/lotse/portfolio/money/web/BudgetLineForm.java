package de.lotse.portfolio.money.web;

import de.lotse.portfolio.money.BudgetLine;
import de.lotse.portfolio.money.BudgetLineData;
import de.lotse.portfolio.money.CostType;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import org.springframework.validation.Errors;

/** The budget line form as the person filled it in; amounts as typed. */
class BudgetLineForm {

    @NotNull
    @Min(1990)
    @Max(2100)
    private Integer fiscalYear;

    @NotNull
    private CostType costType = CostType.INVESTIVE;

    private String planned;

    private String approved;

    private String spent;

    @Size(max = 100)
    private String costCentre;

    @Size(max = 2000)
    private String note;

    private long version;

    static BudgetLineForm of(BudgetLine line, Locale locale) {
        BudgetLineForm form = new BudgetLineForm();
        form.fiscalYear = line.fiscalYear();
        form.costType = line.costType();
        form.planned = AmountField.write(line.planned(), locale);
        form.approved = AmountField.write(line.approved(), locale);
        form.spent = AmountField.write(line.spent(), locale);
        form.costCentre = line.costCentre();
        form.note = line.note();
        form.version = line.version();
        return form;
    }

    /** The data, or null when an amount is missing or malformed (the errors say which). */
    BudgetLineData data(Errors errors) {
        var plannedAmount = AmountField.read(errors, "planned", planned, true);
        var approvedAmount = AmountField.read(errors, "approved", approved, true);
        var spentAmount = AmountField.read(errors, "spent", spent, true);
        if (errors.hasErrors()) {
            return null;
        }
        return new BudgetLineData(fiscalYear, costType, plannedAmount, approvedAmount, spentAmount, costCentre, note);
    }

    public Integer getFiscalYear() {
        return fiscalYear;
    }

    public void setFiscalYear(Integer fiscalYear) {
        this.fiscalYear = fiscalYear;
    }

    public CostType getCostType() {
        return costType;
    }

    public void setCostType(CostType costType) {
        this.costType = costType;
    }

    public String getPlanned() {
        return planned;
    }

    public void setPlanned(String planned) {
        this.planned = planned;
    }

    public String getApproved() {
        return approved;
    }

    public void setApproved(String approved) {
        this.approved = approved;
    }

    public String getSpent() {
        return spent;
    }

    public void setSpent(String spent) {
        this.spent = spent;
    }

    public String getCostCentre() {
        return costCentre;
    }

    public void setCostCentre(String costCentre) {
        this.costCentre = costCentre;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
