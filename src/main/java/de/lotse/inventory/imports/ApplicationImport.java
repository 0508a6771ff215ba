package de.lotse.inventory.imports;

import de.lotse.inventory.Application;
import de.lotse.inventory.ApplicationChoice;
import de.lotse.inventory.ApplicationColumn;
import de.lotse.inventory.ApplicationId;
import de.lotse.inventory.Applications;
import de.lotse.platform.InvalidFieldException;
import de.lotse.platform.sheets.Cells;
import de.lotse.platform.sheets.ImportProblem;
import de.lotse.platform.sheets.ImportRejectedException;
import de.lotse.platform.sheets.ImportSheet;
import de.lotse.platform.sheets.ImportSummary;
import de.lotse.platform.sheets.Names;
import de.lotse.platform.sheets.SheetColumns;
import de.lotse.tenancy.DepartmentId;
import de.lotse.tenancy.Departments;
import jakarta.validation.ConstraintViolationException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports applications from an XLSX file (the export's or the template's columns): a row with the id
 * of one of the municipality's applications changes it, a row without id creates one. Every row is
 * checked before anything is saved; any problem rejects the whole file. The changes then go through
 * {@link Applications} in one transaction, in the order of the rows, so the rules and the audit trail
 * apply as for a change by hand; rows that change nothing are not touched.
 */
@Service
public class ApplicationImport {

    /** The most rows one file may have. */
    public static final int MAX_ROWS = 5_000;

    /** The prefix of the import's message keys. */
    static final String KEYS = "application.import";

    private static final Map<String, ApplicationColumn> FIELDS = Map.of(
            "departmentIds", ApplicationColumn.DEPARTMENTS,
            "retireBy", ApplicationColumn.RETIRE_BY,
            "licence", ApplicationColumn.LICENCE,
            "successorId", ApplicationColumn.SUCCESSOR);

    private final Applications applications;
    private final Departments departments;
    private final ApplicationLabels labels;
    private final SheetColumns<ApplicationColumn> columns;

    ApplicationImport(
            Applications applications, Departments departments, ApplicationLabels labels, MessageSource messages) {
        this.applications = applications;
        this.departments = departments;
        this.labels = labels;
        this.columns = new SheetColumns<>(ApplicationColumn.class, messages);
    }

    /**
     * Imports the file.
     *
     * @param locale the language of the problems' column names when the file lacks a column
     * @throws ImportRejectedException with every problem, when anything is wrong; nothing is saved then
     */
    @Transactional
    public ImportSummary run(byte[] file, Locale locale) {
        ImportSheet<ApplicationColumn> sheet =
                ImportSheet.read(file, MAX_ROWS, columns, ApplicationColumn.NAME, KEYS, locale);
        Map<ApplicationId, Application> existing = applications.getAll(sheet.rows().stream()
                .map(ApplicationRowReader::id)
                .flatMap(Optional::stream)
                .toList());
        List<ImportProblem> problems = new ArrayList<>();
        Cells<ApplicationColumn> cells = new Cells<>(sheet, columns, KEYS, locale, problems);
        ApplicationRowReader reader = new ApplicationRowReader(cells, labels, departmentNames(), successorNames());
        Set<ApplicationId> seen = new HashSet<>();
        List<ApplicationRowReader.Wanted> wanted = new ArrayList<>();
        for (ImportSheet.SheetRow<ApplicationColumn> row : sheet.rows()) {
            reader.read(row, existing, seen).ifPresent(wanted::add);
        }
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparingInt(ImportProblem::row));
            throw new ImportRejectedException(problems);
        }
        return apply(wanted, cells);
    }

    private ImportSummary apply(List<ApplicationRowReader.Wanted> wanted, Cells<ApplicationColumn> cells) {
        Map<Integer, ApplicationId> createdByRow = new HashMap<>();
        int created = 0;
        int updated = 0;
        for (ApplicationRowReader.Wanted row : wanted) {
            if (row.unchanged()) {
                continue;
            }
            var data = row.successorRow() == 0
                    ? row.data()
                    : row.data().withSuccessor(createdByRow.get(row.successorRow()));
            try {
                if (row.existing() == null) {
                    createdByRow.put(row.row(), applications.create(data).id());
                    created++;
                } else {
                    applications.update(row.existing().id(), row.existing().version(), data);
                    updated++;
                }
            } catch (InvalidFieldException e) {
                // a rule the checks above do not know (a successor cycle, for example): the whole file is rejected
                throw rejected(
                        row, cells.header(FIELDS.getOrDefault(e.field(), ApplicationColumn.NAME)), e.messageKey());
            } catch (ConstraintViolationException e) {
                throw rejected(row, null, KEYS + ".row.invalid");
            }
        }
        return new ImportSummary(created, updated, wanted.size() - created - updated);
    }

    private static ImportRejectedException rejected(ApplicationRowReader.Wanted row, String column, String messageKey) {
        return new ImportRejectedException(new ImportProblem(row.row(), column, messageKey, null));
    }

    private Names<DepartmentId> departmentNames() {
        Names<DepartmentId> names = new Names<>();
        departments
                .tree()
                .entries()
                .forEach(entry ->
                        names.add(entry.department().name(), entry.department().id()));
        return names;
    }

    private Names<Successor> successorNames() {
        Names<Successor> names = new Names<>();
        for (ApplicationChoice choice : applications.choices()) {
            names.add(choice.name(), Successor.of(choice.id()));
        }
        return names;
    }
}
