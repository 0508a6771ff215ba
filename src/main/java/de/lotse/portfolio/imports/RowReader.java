package de.lotse.portfolio.imports;

import de.lotse.portfolio.PortfolioColumn;
import de.lotse.portfolio.Project;
import de.lotse.portfolio.ProjectData;
import de.lotse.portfolio.ProjectId;
import de.lotse.portfolio.ProjectMode;
import de.lotse.portfolio.ProjectPermissions;
import de.lotse.portfolio.ProjectPhase;
import de.lotse.portfolio.ProjectPriority;
import de.lotse.portfolio.TopicId;
import de.lotse.strategy.GoalId;
import de.lotse.tenancy.DepartmentId;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * Turns the rows of a sheet into what each project is to become, with every problem a row has. A
 * column the sheet lacks leaves the project's value as it is (a new project gets the default); an
 * empty cell clears the value, except the phase, mode and priority, which every project has.
 */
final class RowReader {

    /**
     * What a row asks for.
     *
     * @param row its number in the sheet
     * @param existing the project it changes, {@code null} for a new one
     * @param data the project's data as the row has it
     * @param phase the project's phase as the row has it
     */
    record Wanted(int row, Project existing, ProjectData data, ProjectPhase phase) {

        boolean unchanged() {
            return existing != null
                    && phase == existing.phase()
                    && data.normalised().equals(existing.data().normalised());
        }
    }

    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("d.M.uuuu"),
            DateTimeFormatter.ofPattern("d.M.uu"));

    private final ImportSheet sheet;
    private final ImportReferences references;
    private final Labels labels;
    private final ColumnHeaders columns;
    private final ProjectPermissions permissions;
    private final Locale locale;
    private final List<ImportProblem> problems;

    RowReader(
            ImportSheet sheet,
            ImportReferences references,
            Labels labels,
            ColumnHeaders columns,
            ProjectPermissions permissions,
            Locale locale,
            List<ImportProblem> problems) {
        this.sheet = sheet;
        this.references = references;
        this.labels = labels;
        this.columns = columns;
        this.permissions = permissions;
        this.locale = locale;
        this.problems = problems;
    }

    /** The id a row names, if it is a well-formed one. */
    static Optional<ProjectId> id(ImportSheet.SheetRow row) {
        String text = row.text(PortfolioColumn.ID);
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new ProjectId(UUID.fromString(text)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * What the row asks for, or nothing when it has a problem (then added to the problems).
     *
     * @param existing the municipality's projects the sheet's ids name
     * @param seen the ids of the rows above
     */
    Optional<Wanted> read(ImportSheet.SheetRow row, Map<ProjectId, Project> existing, Set<ProjectId> seen) {
        int before = problems.size();
        Project project = null;
        if (row.text(PortfolioColumn.ID) != null) {
            Optional<ProjectId> id = id(row);
            project = id.map(existing::get).orElse(null);
            if (project == null) {
                // another municipality's project is as unknown here as one that does not exist
                problem(row, PortfolioColumn.ID, "portfolio.import.id.unknown", row.text(PortfolioColumn.ID));
            } else if (!seen.add(project.id())) {
                problem(row, PortfolioColumn.ID, "portfolio.import.id.duplicate", row.text(PortfolioColumn.ID));
                project = null;
            }
        }
        ProjectData base = project == null ? ProjectData.titled("") : project.data();
        ProjectPhase currentPhase = project == null ? ProjectPhase.IDEA : project.phase();

        String title = text(row, PortfolioColumn.TITLE, 300, base.title());
        if (title == null || title.isBlank()) {
            problem(row, PortfolioColumn.TITLE, "portfolio.import.title.missing", null);
        }
        String summary = text(row, PortfolioColumn.SUMMARY, 10_000, base.summary());
        String lead = text(row, PortfolioColumn.LEAD, 200, base.lead());
        ProjectPhase phase =
                choice(row, PortfolioColumn.PHASE, labels::phase, currentPhase, "portfolio.import.phase.unknown");
        ProjectMode mode =
                choice(row, PortfolioColumn.MODE, labels::mode, base.mode(), "portfolio.import.mode.unknown");
        ProjectPriority priority = choice(
                row, PortfolioColumn.PRIORITY, labels::priority, base.priority(), "portfolio.import.priority.unknown");
        DepartmentId department = department(row, base.department());
        Set<GoalId> goals =
                names(row, PortfolioColumn.GOALS, references.goals(), base.goals(), "portfolio.import.goal");
        Set<TopicId> topics =
                names(row, PortfolioColumn.TOPICS, references.topics(), base.topics(), "portfolio.import.topic");
        LocalDate start = date(row, PortfolioColumn.PLANNED_START, base.plannedStart());
        LocalDate end = date(row, PortfolioColumn.PLANNED_END, base.plannedEnd());
        if (problems.size() > before) {
            return Optional.empty();
        }
        ProjectData data = new ProjectData(
                title,
                summary,
                goals,
                lead,
                department,
                mode,
                priority,
                topics,
                start,
                end,
                base.cadence(),
                base.dependsOn(),
                base.publicVisible(),
                base.publicSummary());
        Wanted wanted = new Wanted(row.number(), project, data, phase);
        if (wanted.unchanged()) {
            // nothing is saved for it: the rules are the project's as it is
            return Optional.of(wanted);
        }
        if (start != null && end != null && end.isBefore(start)) {
            problem(
                    row,
                    PortfolioColumn.PLANNED_END,
                    "portfolio.import.planned-end.before-start",
                    row.text(PortfolioColumn.PLANNED_END));
        }
        if (phase != currentPhase && !currentPhase.canMoveTo(phase)) {
            problem(row, PortfolioColumn.PHASE, "portfolio.import.phase.not-allowed", row.text(PortfolioColumn.PHASE));
        }
        if (phase.needsGoal() && goals.isEmpty()) {
            problem(row, PortfolioColumn.GOALS, "portfolio.import.goals.required", null);
        }
        if (project != null && !permissions.mayChange(project.department())) {
            problem(row, PortfolioColumn.ID, "portfolio.import.project.not-yours", row.text(PortfolioColumn.ID));
        } else if ((project == null || !Objects.equals(department, project.department()))
                && !permissions.mayChange(department)) {
            problem(
                    row,
                    PortfolioColumn.DEPARTMENT,
                    "portfolio.import.department.not-yours",
                    row.text(PortfolioColumn.DEPARTMENT));
        }
        return problems.size() > before ? Optional.empty() : Optional.of(wanted);
    }

    private String text(ImportSheet.SheetRow row, PortfolioColumn column, int maxLength, String current) {
        if (!sheet.headers().containsKey(column)) {
            return current;
        }
        String text = row.text(column);
        if (text != null && text.length() > maxLength) {
            problem(row, column, "portfolio.import.text.too-long", String.valueOf(maxLength));
        }
        return text;
    }

    private <E> E choice(
            ImportSheet.SheetRow row,
            PortfolioColumn column,
            Function<String, Optional<E>> parse,
            E current,
            String unknown) {
        String text = row.text(column);
        if (text == null) {
            return current;
        }
        Optional<E> value = parse.apply(text);
        if (value.isEmpty()) {
            problem(row, column, unknown, text);
            return current;
        }
        return value.get();
    }

    private DepartmentId department(ImportSheet.SheetRow row, DepartmentId current) {
        if (!sheet.headers().containsKey(PortfolioColumn.DEPARTMENT)) {
            return current;
        }
        String text = row.text(PortfolioColumn.DEPARTMENT);
        if (text == null) {
            return null;
        }
        Names.Match<DepartmentId> match = references.departments().find(text);
        return one(
                row,
                PortfolioColumn.DEPARTMENT,
                match,
                current == null ? Set.of() : Set.of(current),
                "portfolio.import.department");
    }

    private <T> Set<T> names(
            ImportSheet.SheetRow row, PortfolioColumn column, Names<T> known, Set<T> current, String keyPrefix) {
        if (!sheet.headers().containsKey(column)) {
            return current;
        }
        Set<T> ids = new LinkedHashSet<>();
        for (Names.Match<T> match : known.list(row.text(column))) {
            T id = one(row, column, match, current, keyPrefix);
            if (id != null) {
                ids.add(id);
            }
        }
        return ids;
    }

    /**
     * The one record a name means; of several with the same name the one the project has now (so an
     * export reads back as it was written), else a problem.
     */
    private <T> T one(
            ImportSheet.SheetRow row,
            PortfolioColumn column,
            Names.Match<T> match,
            Collection<T> current,
            String keyPrefix) {
        List<T> candidates = match.candidates();
        if (candidates.size() == 1) {
            return candidates.get(0);
        }
        if (candidates.isEmpty()) {
            problem(row, column, keyPrefix + ".unknown", match.name());
            return null;
        }
        List<T> theCurrent = candidates.stream().filter(current::contains).toList();
        if (theCurrent.size() == 1) {
            return theCurrent.get(0);
        }
        problem(row, column, keyPrefix + ".ambiguous", match.name());
        return null;
    }

    private LocalDate date(ImportSheet.SheetRow row, PortfolioColumn column, LocalDate current) {
        if (!sheet.headers().containsKey(column)) {
            return current;
        }
        ImportSheet.Value value = row.value(column);
        if (value == null) {
            return null;
        }
        if (value.date() != null) {
            return value.date();
        }
        for (DateTimeFormatter format : DATES) {
            try {
                return LocalDate.parse(value.text(), format);
            } catch (DateTimeParseException e) {
                // the next format
            }
        }
        problem(row, column, "portfolio.import.date.invalid", value.text());
        return null;
    }

    private void problem(ImportSheet.SheetRow row, PortfolioColumn column, String messageKey, String value) {
        String header = sheet.headers().get(column);
        problems.add(new ImportProblem(
                row.number(), header == null ? columns.label(column, locale) : header, messageKey, value));
    }
}
