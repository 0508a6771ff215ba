package de.lotse.inventory;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * What a person can set on a contract of an application.
 *
 * @param contractor who the contract is with
 * @param startsOn when it starts
 * @param endsOn when its (first) term ends; none for a contract without end
 * @param noticePeriodMonths how many months before the term end notice must be given
 * @param autoRenewal whether it renews itself when nobody gives notice
 * @param renewalTermMonths by how many months it renews itself; required with automatic renewal
 * @param costs what it costs a year
 * @param costCentre the cost centre it is booked on
 * @param notifyEmail who is reminded of the notice deadline
 */
public record ContractData(
        @NotBlank @Size(max = 200) String contractor,
        @NotNull LocalDate startsOn,
        LocalDate endsOn,
        @NotNull @Min(0) @Max(120) Integer noticePeriodMonths,
        boolean autoRenewal,
        @Min(1) @Max(120) Integer renewalTermMonths,
        @NotNull @Valid AnnualCosts costs,
        @Size(max = 50) String costCentre,
        @Email(regexp = ".+@.+\\..+") @Size(max = 254) String notifyEmail) {}
