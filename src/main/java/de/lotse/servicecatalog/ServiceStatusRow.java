package de.lotse.servicecatalog;

import java.time.LocalDate;
import java.util.UUID;

/** One of the municipality's services as its status list shows it, with its level in the model the municipality records in. */
public record ServiceStatusRow(
        UUID id,
        long version,
        String leikaKey,
        String name,
        String leikaType,
        String ozgId,
        String ozgName,
        String topic,
        boolean concerned,
        UUID departmentId,
        String departmentName,
        String solutionName,
        String solutionProvider,
        boolean sharedSolution,
        String onlineUrl,
        LocalDate onlineSince,
        int maturityLevel,
        MaturityModel maturityModel,
        Integer casesYear,
        Integer casesOnline,
        Integer casesOffline,
        String remarks,
        boolean withdrawn) {

    /** The share of cases that came in online, in percent, or {@code null} without case numbers. */
    public Integer digitalShare() {
        int online = casesOnline == null ? 0 : casesOnline;
        int offline = casesOffline == null ? 0 : casesOffline;
        return online + offline == 0 ? null : Math.round(100f * online / (online + offline));
    }
}
