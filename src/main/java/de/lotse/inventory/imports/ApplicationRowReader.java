package de.lotse.inventory.imports;

import static de.lotse.inventory.ApplicationColumn.*;

import de.lotse.inventory.Application;
import de.lotse.inventory.ApplicationColumn;
import de.lotse.inventory.ApplicationData;
import de.lotse.inventory.ApplicationId;
import de.lotse.inventory.Licences;
import de.lotse.platform.sheets.Cells;
import de.lotse.platform.sheets.ImportSheet;
import de.lotse.platform.sheets.Names;
import de.lotse.tenancy.DepartmentId;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns the rows of a sheet into what each application is to become, with every problem a row has. A
 * column the sheet lacks leaves the value as it is (a new application gets the default); an empty
 * cell clears it, except the lifecycle, which every application has. The successor is named by name:
 * an application of the municipality as it is named before the import, or one a row above creates.
 */
final class ApplicationRowReader {

    /**
     * What a row asks for.
     *
     * @param row its number in the sheet
     * @param existing the application it changes, {@code null} for a new one
     * @param data the application's data as the row has it; a successor created by a row above is not
     *     in it yet
     * @param successorRow the row above that creates the successor, 0 for none
     */
    record Wanted(int row, Application existing, ApplicationData data, int successorRow) {

        boolean unchanged() {
            return existing != null
                    && successorRow == 0
                    && data.normalised().equals(existing.data().normalised());
        }
    }

    private static final String KEYS = ApplicationImport.KEYS;

    private final Cells<ApplicationColumn> cells;
    private final ApplicationLabels labels;
    private final Names<DepartmentId> departments;
    private final Names<Successor> successors;

    ApplicationRowReader(
            Cells<ApplicationColumn> cells,
            ApplicationLabels labels,
            Names<DepartmentId> departments,
            Names<Successor> successors) {
        this.cells = cells;
        this.labels = labels;
        this.departments = departments;
        this.successors = successors;
    }

    /** The id a row names, if it is a well-formed one. */
    static Optional<ApplicationId> id(ImportSheet.SheetRow<ApplicationColumn> row) {
        return Cells.uuid(row, ID).map(ApplicationId::new);
    }

    /**
     * What the row asks for, or nothing when it has a problem (then added to the problems). A new
     * application's name becomes a successor the rows below may name.
     *
     * @param existing the municipality's applications the sheet's ids name
     * @param seen the ids of the rows above
     */
    Optional<Wanted> read(
            ImportSheet.SheetRow<ApplicationColumn> row,
            Map<ApplicationId, Application> existing,
            Set<ApplicationId> seen) {
        int before = cells.problemCount();
        Application application = existing(row, existing, seen);
        ApplicationData base = application == null ? ApplicationData.named("") : application.data();

        String name = cells.text(row, NAME, 200, base.name());
        if (name == null || name.isBlank()) {
            cells.problem(row, NAME, KEYS + ".name.missing", null);
        }
        Set<DepartmentId> usedBy = cells.names(row, DEPARTMENTS, departments, base.departments(), KEYS + ".department");
        LocalDate introducedOn = cells.date(row, INTRODUCED_ON, base.introducedOn());
        LocalDate retireBy = cells.date(row, RETIRE_BY, base.retireBy());
        String licence = cells.text(row, LICENCE, 200, base.licence());
        Successor successor = cells.name(
                row,
                SUCCESSOR,
                successors,
                base.successor() == null ? null : Successor.of(base.successor()),
                KEYS + ".successor");
        ApplicationData data = new ApplicationData(
                name,
                cells.text(row, VENDOR, 200, base.vendor()),
                cells.text(row, PRODUCT, 200, base.product()),
                cells.text(row, PRODUCT_VERSION, 100, base.productVersion()),
                cells.text(row, PURPOSE, 4000, base.purpose()),
                usedBy,
                cells.text(row, RESPONSIBLE_PERSON, 200, base.responsiblePerson()),
                choice(row, HOSTING, labels.hostings::find, base.hosting(), false, ".hosting.unknown"),
                cells.integer(row, USERS, 0, 10_000_000, base.users(), KEYS + ".users.invalid"),
                choice(row, LIFECYCLE, labels.lifecycles::find, base.lifecycle(), true, ".lifecycle.unknown"),
                introducedOn,
                retireBy,
                cells.integer(row, FUNCTIONAL_FIT, 1, 4, base.functionalFit(), KEYS + ".fit.invalid"),
                cells.integer(row, TECHNICAL_FIT, 1, 4, base.technicalFit(), KEYS + ".fit.invalid"),
                choice(row, CRITICALITY, labels.criticalities::find, base.criticality(), false, ".criticality.unknown"),
                choice(row, PERSONAL_DATA, labels::yesNo, base.personalData(), true, ".yes-no.unknown"),
                choice(
                        row,
                        PROTECTION_NEED,
                        labels.protectionNeeds::find,
                        base.protectionNeed(),
                        false,
                        ".protection-need.unknown"),
                choice(row, OPEN_SOURCE, labels::yesNo, base.openSource(), true, ".yes-no.unknown"),
                licence,
                successor == null ? null : successor.existing());
        if (introducedOn != null && retireBy != null && retireBy.isBefore(introducedOn)) {
            cells.problem(row, RETIRE_BY, KEYS + ".retire-by.before-introduction", row.text(RETIRE_BY));
        }
        if (!Licences.isValid(licence)) {
            cells.problem(row, LICENCE, KEYS + ".licence.invalid", licence);
        }
        if (application != null && successor != null && application.id().equals(successor.existing())) {
            cells.problem(row, SUCCESSOR, KEYS + ".successor.self", row.text(SUCCESSOR));
        }
        if (application == null && name != null && !name.isBlank() && row.text(ID) == null) {
            successors.add(name, Successor.createdIn(row.number()));
        }
        if (cells.problemCount() > before) {
            return Optional.empty();
        }
        return Optional.of(new Wanted(row.number(), application, data, successor == null ? 0 : successor.newRow()));
    }

    private Application existing(
            ImportSheet.SheetRow<ApplicationColumn> row,
            Map<ApplicationId, Application> existing,
            Set<ApplicationId> seen) {
        if (row.text(ID) == null) {
            return null;
        }
        Application application = id(row).map(existing::get).orElse(null);
        if (application == null) {
            // another municipality's application is as unknown here as one that does not exist
            cells.problem(row, ID, KEYS + ".id.unknown", row.text(ID));
        } else if (!seen.add(application.id())) {
            cells.problem(row, ID, KEYS + ".id.duplicate", row.text(ID));
            return null;
        }
        return application;
    }

    private <E> E choice(
            ImportSheet.SheetRow<ApplicationColumn> row,
            ApplicationColumn column,
            java.util.function.Function<String, Optional<E>> parse,
            E current,
            boolean required,
            String unknown) {
        return cells.choice(row, column, parse, current, required, KEYS + unknown);
    }
}
