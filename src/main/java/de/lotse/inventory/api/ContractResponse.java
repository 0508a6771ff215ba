package de.lotse.inventory.api;

import de.lotse.inventory.Contract;
import de.lotse.inventory.ContractData;
import de.lotse.inventory.NoticeDeadline;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** A contract as the REST API shows it, with its next notice deadline seen from today. */
record ContractResponse(
        UUID id,
        long version,
        UUID applicationId,
        String contractor,
        LocalDate startsOn,
        LocalDate endsOn,
        int noticePeriodMonths,
        boolean autoRenewal,
        Integer renewalTermMonths,
        BigDecimal licenceCosts,
        BigDecimal maintenanceCosts,
        BigDecimal hostingCosts,
        BigDecimal supportCosts,
        BigDecimal annualCosts,
        String costCentre,
        String notifyEmail,
        @Schema(
                        accessMode = Schema.AccessMode.READ_ONLY,
                        description = "The last day to give notice for the coming term end; none without end")
                LocalDate noticeDeadline,
        @Schema(accessMode = Schema.AccessMode.READ_ONLY, description = "The term end that notice is for")
                LocalDate termEnd) {

    static ContractResponse of(Contract contract, LocalDate today) {
        ContractData data = contract.data();
        NoticeDeadline next = contract.noticeDeadline(today).orElse(null);
        return new ContractResponse(
                contract.id().value(),
                contract.version(),
                contract.application().value(),
                data.contractor(),
                data.startsOn(),
                data.endsOn(),
                data.noticePeriodMonths(),
                data.autoRenewal(),
                data.renewalTermMonths(),
                data.costs().licence(),
                data.costs().maintenance(),
                data.costs().hosting(),
                data.costs().support(),
                data.costs().total(),
                data.costCentre(),
                data.notifyEmail(),
                next == null ? null : next.deadline(),
                next == null ? null : next.termEnd());
    }
}
