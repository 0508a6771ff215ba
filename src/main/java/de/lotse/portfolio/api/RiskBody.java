package de.lotse.portfolio.api;

import de.lotse.portfolio.Risk;
import de.lotse.portfolio.RiskData;
import de.lotse.portfolio.RiskLevel;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** A risk in the REST API: the request body, and with id and version the response. */
record RiskBody(
        UUID id,
        Long version,
        @NotBlank @Size(max = 300) String title,
        @NotNull RiskLevel probability,
        @NotNull RiskLevel impact,
        @Size(max = 4000) String mitigation,
        @Size(max = 200) String owner,
        Boolean open) {

    RiskData data() {
        return new RiskData(title, probability, impact, mitigation, owner, open == null || open);
    }

    static RiskBody of(Risk risk) {
        return new RiskBody(
                risk.id(),
                risk.version(),
                risk.title(),
                risk.probability(),
                risk.impact(),
                risk.mitigation(),
                risk.owner(),
                risk.open());
    }
}
