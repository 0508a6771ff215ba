package de.lotse.inventory;

import de.lotse.tenancy.DepartmentId;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;

/**
 * What a person can set on an application.
 *
 * @param name what the administration calls it
 * @param vendor the manufacturer or vendor
 * @param product the product it is an installation of
 * @param productVersion the product's version in use
 * @param purpose what it is used for
 * @param departments the departments using it
 * @param responsiblePerson who is responsible for it (Verfahrensverantwortliche)
 * @param hosting where it runs
 * @param users how many people use it
 * @param lifecycle where it stands in its life
 * @param introducedOn when it was (or is to be) introduced
 * @param retireBy when it is to be retired
 * @param functionalFit how well it serves the work, 1 (poor) to 4 (very good)
 * @param technicalFit how sound it is technically, 1 to 4
 * @param criticality how badly a failure hurts
 * @param personalData whether it processes personal data
 * @param protectionNeed the protection need of its data
 * @param openSource whether it is open source
 * @param licence its licence as an SPDX identifier or expression
 * @param successor the application of the municipality that is to replace it
 */
public record ApplicationData(
        @NotBlank @Size(max = 200) String name,
        @Size(max = 200) String vendor,
        @Size(max = 200) String product,
        @Size(max = 100) String productVersion,
        @Size(max = 4000) String purpose,
        @NotNull Set<DepartmentId> departments,
        @Size(max = 200) String responsiblePerson,
        Hosting hosting,
        @Min(0) @Max(10_000_000) Integer users,
        @NotNull Lifecycle lifecycle,
        LocalDate introducedOn,
        LocalDate retireBy,
        @Min(1) @Max(4) Integer functionalFit,
        @Min(1) @Max(4) Integer technicalFit,
        Criticality criticality,
        boolean personalData,
        ProtectionNeed protectionNeed,
        boolean openSource,
        @Size(max = 200) String licence,
        ApplicationId successor) {

    /** An application in use with only a name, e.g. for tests and quick entry. */
    public static ApplicationData named(String name) {
        return new ApplicationData(
                name,
                null,
                null,
                null,
                null,
                Set.of(),
                null,
                null,
                null,
                Lifecycle.IN_USE,
                null,
                null,
                null,
                null,
                null,
                false,
                null,
                false,
                null,
                null);
    }

    /** The same data with blank texts as absent. */
    public ApplicationData normalised() {
        return new ApplicationData(
                blankToNull(name),
                blankToNull(vendor),
                blankToNull(product),
                blankToNull(productVersion),
                blankToNull(purpose),
                departments == null ? Set.of() : Set.copyOf(departments),
                blankToNull(responsiblePerson),
                hosting,
                users,
                lifecycle,
                introducedOn,
                retireBy,
                functionalFit,
                technicalFit,
                criticality,
                personalData,
                protectionNeed,
                openSource,
                blankToNull(licence),
                successor);
    }

    /** The TIME classification of the fits, null while not assessed. */
    public TimeClass time() {
        return TimeClass.of(functionalFit, technicalFit);
    }

    /** The same data with another successor. */
    public ApplicationData withSuccessor(ApplicationId newSuccessor) {
        return new ApplicationData(
                name,
                vendor,
                product,
                productVersion,
                purpose,
                departments,
                responsiblePerson,
                hosting,
                users,
                lifecycle,
                introducedOn,
                retireBy,
                functionalFit,
                technicalFit,
                criticality,
                personalData,
                protectionNeed,
                openSource,
                licence,
                newSuccessor);
    }

    /** The same data in another stage of its life. */
    public ApplicationData withLifecycle(Lifecycle newLifecycle) {
        return new ApplicationData(
                name,
                vendor,
                product,
                productVersion,
                purpose,
                departments,
                responsiblePerson,
                hosting,
                users,
                newLifecycle,
                introducedOn,
                retireBy,
                functionalFit,
                technicalFit,
                criticality,
                personalData,
                protectionNeed,
                openSource,
                licence,
                successor);
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
