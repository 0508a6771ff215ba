package de.lotse.inventory.api;

import de.lotse.inventory.AnnualCosts;
import de.lotse.inventory.ContractData;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/** The body of creating or changing a contract; costs left out are zero, renewal left out is none. */
record ContractRequest(
        @NotBlank @Size(max = 200) String contractor,
        @NotNull LocalDate startsOn,
        LocalDate endsOn,
        @NotNull @Min(0) @Max(120) Integer noticePeriodMonths,
        Boolean autoRenewal,
        @Min(1) @Max(120) Integer renewalTermMonths,
        @DecimalMin("0") @Digits(integer = 13, fraction = 2) BigDecimal licenceCosts,
        @DecimalMin("0") @Digits(integer = 13, fraction = 2) BigDecimal maintenanceCosts,
        @DecimalMin("0") @Digits(integer = 13, fraction = 2) BigDecimal hostingCosts,
        @DecimalMin("0") @Digits(integer = 13, fraction = 2) BigDecimal supportCosts,
        @Size(max = 50) String costCentre,
        @Email(regexp = ".+@.+\\..+") @Size(max = 254) String notifyEmail) {

    ContractData data() {
        return new ContractData(
                contractor,
                startsOn,
                endsOn,
                noticePeriodMonths,
                Boolean.TRUE.equals(autoRenewal),
                renewalTermMonths,
                new AnnualCosts(
                        orZero(licenceCosts), orZero(maintenanceCosts), orZero(hostingCosts), orZero(supportCosts)),
                costCentre,
                notifyEmail);
    }

    private static BigDecimal orZero(BigDecimal amount) {
        return amount == null ? BigDecimal.ZERO : amount;
    }
}
