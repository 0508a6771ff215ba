package de.lotse.portfolio;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What a risk is.
 *
 * @param title what could go wrong
 * @param probability how likely it is
 * @param impact how bad it would be
 * @param mitigation what is done against it
 * @param owner who watches it
 * @param open whether it is still open
 */
public record RiskData(
        @NotBlank @Size(max = 300) String title,
        @NotNull RiskLevel probability,
        @NotNull RiskLevel impact,
        @Size(max = 4000) String mitigation,
        @Size(max = 200) String owner,
        boolean open) {}
