package de.lotse.servicecatalog;

import de.lotse.platform.WebAddress;
import de.lotse.tenancy.DepartmentId;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * What a municipality records about one of its services.
 *
 * @param concerned whether the municipality provides the service at all
 * @param department who is responsible
 * @param solutionName the online service, product or shared solution that runs it
 * @param sharedSolution whether that is an "Einer für Alle" (EfA) solution built once for many
 * @param maturityLevel the level in the maturity model the municipality records in (0 to 4 or 0 to 7)
 * @param casesYear the year the case numbers are of
 */
public record ServiceStatusData(
        boolean concerned,
        DepartmentId department,
        @Size(max = 200) String solutionName,
        @Size(max = 200) String solutionProvider,
        boolean sharedSolution,
        @Size(max = 500) @WebAddress(message = "{service-status.online-url.invalid}") String onlineUrl,
        LocalDate onlineSince,
        @NotNull @Min(0) @Max(7) Integer maturityLevel,
        @Min(2000) @Max(2100) Integer casesYear,
        @PositiveOrZero Integer casesOnline,
        @PositiveOrZero Integer casesOffline,
        @Size(max = 4000) String remarks) {

    /** The same data with blank texts as absent. */
    ServiceStatusData normalised() {
        return new ServiceStatusData(
                concerned,
                department,
                blankToNull(solutionName),
                blankToNull(solutionProvider),
                sharedSolution,
                blankToNull(onlineUrl),
                onlineSince,
                maturityLevel,
                casesYear,
                casesOnline,
                casesOffline,
                blankToNull(remarks));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
