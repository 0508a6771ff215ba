package de.lotse.inventory.imports;

import de.lotse.inventory.ApplicationChoice;
import de.lotse.inventory.ApplicationColumn;
import de.lotse.inventory.Applications;
import de.lotse.platform.sheets.SheetColumns;
import de.lotse.platform.sheets.SheetTemplate;
import de.lotse.tenancy.Departments;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The empty spreadsheet to fill in for an import of applications: a first sheet with the columns the
 * import reads (in the person's language), a second one with the values they can have — the
 * choices' labels, the fits, the municipality's departments and its applications as successors — and
 * drop-downs for the columns that take one of them.
 */
@Component
public class ApplicationTemplate {

    private static final List<ApplicationColumn> COLUMNS = ApplicationColumn.TEMPLATE;

    private final MessageSource messages;
    private final Departments departments;
    private final Applications applications;
    private final ApplicationLabels labels;
    private final SheetColumns<ApplicationColumn> columns;

    ApplicationTemplate(
            MessageSource messages, Departments departments, Applications applications, ApplicationLabels labels) {
        this.messages = messages;
        this.departments = departments;
        this.applications = applications;
        this.labels = labels;
        this.columns = new SheetColumns<>(ApplicationColumn.class, messages);
    }

    @Transactional(readOnly = true)
    public void write(Locale locale, OutputStream out) throws IOException {
        SheetTemplate.write(
                messages.getMessage("application.import.template.sheet", null, locale),
                columns.labels(COLUMNS, locale),
                COLUMNS.indexOf(ApplicationColumn.ID),
                messages.getMessage("application.import.template.values", null, locale),
                values(locale),
                ApplicationImport.MAX_ROWS,
                out);
    }

    private List<SheetTemplate.Values> values(Locale locale) {
        List<String> yesNo = List.of(labels.yesNoLabel(true, locale), labels.yesNoLabel(false, locale));
        List<String> fits = List.of("1", "2", "3", "4");
        return List.of(
                choice(ApplicationColumn.LIFECYCLE, labels.lifecycles.labels(locale), locale),
                choice(ApplicationColumn.HOSTING, labels.hostings.labels(locale), locale),
                choice(ApplicationColumn.FUNCTIONAL_FIT, fits, locale),
                choice(ApplicationColumn.TECHNICAL_FIT, fits, locale),
                choice(ApplicationColumn.CRITICALITY, labels.criticalities.labels(locale), locale),
                choice(ApplicationColumn.PERSONAL_DATA, yesNo, locale),
                choice(ApplicationColumn.PROTECTION_NEED, labels.protectionNeeds.labels(locale), locale),
                choice(ApplicationColumn.OPEN_SOURCE, yesNo, locale),
                // several, separated by commas: no drop-down
                new SheetTemplate.Values(
                        columns.label(ApplicationColumn.DEPARTMENTS, locale),
                        departments.tree().entries().stream()
                                .map(entry -> entry.department().name())
                                .toList(),
                        -1),
                // only a warning for another name: it may be an application created further up in the file
                new SheetTemplate.Values(
                        columns.label(ApplicationColumn.SUCCESSOR, locale),
                        applications.choices().stream()
                                .map(ApplicationChoice::name)
                                .toList(),
                        COLUMNS.indexOf(ApplicationColumn.SUCCESSOR),
                        false));
    }

    private SheetTemplate.Values choice(ApplicationColumn column, List<String> values, Locale locale) {
        return new SheetTemplate.Values(columns.label(column, locale), values, COLUMNS.indexOf(column));
    }
}
