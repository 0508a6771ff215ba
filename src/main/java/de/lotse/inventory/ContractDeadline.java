package de.lotse.inventory;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A contract's coming notice deadline as the calendar and the reminders show it.
 *
 * @param contract the contract
 * @param application the application it belongs to
 * @param applicationName that application's name
 * @param contractor who the contract is with
 * @param deadline the last day to give notice
 * @param termEnd the end of the term the notice is for
 * @param annualCosts what the contract costs a year, all kinds
 * @param notifyEmail who is reminded, if anyone
 */
public record ContractDeadline(
        ContractId contract,
        ApplicationId application,
        String applicationName,
        String contractor,
        LocalDate deadline,
        LocalDate termEnd,
        BigDecimal annualCosts,
        String notifyEmail) {}
