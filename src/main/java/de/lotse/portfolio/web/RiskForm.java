package de.lotse.portfolio.web;

import de.lotse.portfolio.Risk;
import de.lotse.portfolio.RiskData;
import de.lotse.portfolio.RiskLevel;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The risk form as the person filled it in. */
class RiskForm {

    @NotBlank
    @Size(max = 300)
    private String title;

    @NotNull
    private RiskLevel probability = RiskLevel.MEDIUM;

    @NotNull
    private RiskLevel impact = RiskLevel.MEDIUM;

    @Size(max = 4000)
    private String mitigation;

    @Size(max = 200)
    private String owner;

    private boolean open = true;

    private long version;

    static RiskForm of(Risk risk) {
        RiskForm form = new RiskForm();
        form.title = risk.title();
        form.probability = risk.probability();
        form.impact = risk.impact();
        form.mitigation = risk.mitigation();
        form.owner = risk.owner();
        form.open = risk.open();
        form.version = risk.version();
        return form;
    }

    RiskData data() {
        return new RiskData(title, probability, impact, mitigation, owner, open);
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public RiskLevel getProbability() {
        return probability;
    }

    public void setProbability(RiskLevel probability) {
        this.probability = probability;
    }

    public RiskLevel getImpact() {
        return impact;
    }

    public void setImpact(RiskLevel impact) {
        this.impact = impact;
    }

    public String getMitigation() {
        return mitigation;
    }

    public void setMitigation(String mitigation) {
        this.mitigation = mitigation;
    }

    public String getOwner() {
        return owner;
    }

    public void setOwner(String owner) {
        this.owner = owner;
    }

    public boolean getOpen() {
        return open;
    }

    public void setOpen(boolean open) {
        this.open = open;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
