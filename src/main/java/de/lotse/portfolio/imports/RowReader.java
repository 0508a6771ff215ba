package de.lotse.portfolio.imports;

import de.lotse.platform.sheets.Cells;
import de.lotse.platform.sheets.ImportProblem;
import de.lotse.platform.sheets.ImportSheet;
import de.lotse.platform.sheets.SheetColumns;
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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

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

    private final ImportReferences references;
    private final Labels labels;
    private final ProjectPermissions permissions;
    private final Cells<PortfolioColumn> cells;

    RowReader(
            ImportSheet<PortfolioColumn> sheet,
            ImportReferences references,
            Labels labels,
            SheetColumns<PortfolioColumn> columns,
            ProjectPermissions permissions,
            Locale locale,
            List<ImportProblem> problems) {
        this.references = references;
        this.labels = labels;
        this.permissions = permissions;
        this.cells = new Cells<>(sheet, columns, PortfolioImport.KEYS, locale, problems);
    }

    /** The id a row names, if it is a well-formed one. */
    static Optional<ProjectId> id(ImportSheet.SheetRow<PortfolioColumn> row) {
        return Cells.uuid(row, PortfolioColumn.ID).map(ProjectId::new);
    }

    /**
     * What the row asks for, or nothing when it has a problem (then added to the problems).
     *
     * @param existing the municipality's projects the sheet's ids name
     * @param seen the ids of the rows above
     */
    Optional<Wanted> read(
            ImportSheet.SheetRow<PortfolioColumn> row, Map<ProjectId, Project> existing, Set<ProjectId> seen) {
        int before = cells.problemCount();
        Project project = null;
        if (row.text(PortfolioColumn.ID) != null) {
            Optional<ProjectId> id = id(row);
            project = id.map(existing::get).orElse(null);
            if (project == null) {
                // another municipality's project is as unknown here as one that does not exist
                cells.problem(row, PortfolioColumn.ID, "portfolio.import.id.unknown", row.text(PortfolioColumn.ID));
            } else if (!seen.add(project.id())) {
                cells.problem(row, PortfolioColumn.ID, "portfolio.import.id.duplicate", row.text(PortfolioColumn.ID));
                project = null;
            }
        }
        ProjectData base = project == null ? ProjectData.titled("") : project.data();
        ProjectPhase currentPhase = project == null ? ProjectPhase.IDEA : project.phase();

        String title = cells.text(row, PortfolioColumn.TITLE, 300, base.title());
        if (title == null || title.isBlank()) {
            cells.problem(row, PortfolioColumn.TITLE, "portfolio.import.title.missing", null);
        }
        String summary = cells.text(row, PortfolioColumn.SUMMARY, 10_000, base.summary());
        String lead = cells.text(row, PortfolioColumn.LEAD, 200, base.lead());
        ProjectPhase phase = cells.choice(
                row, PortfolioColumn.PHASE, labels::phase, currentPhase, true, "portfolio.import.phase.unknown");
        ProjectMode mode = cells.choice(
                row, PortfolioColumn.MODE, labels::mode, base.mode(), true, "portfolio.import.mode.unknown");
        ProjectPriority priority = cells.choice(
                row,
                PortfolioColumn.PRIORITY,
                labels::priority,
                base.priority(),
                true,
                "portfolio.import.priority.unknown");
        DepartmentId department = cells.name(
                row,
                PortfolioColumn.DEPARTMENT,
                references.departments(),
                base.department(),
                "portfolio.import.department");
        Set<GoalId> goals =
                cells.names(row, PortfolioColumn.GOALS, references.goals(), base.goals(), "portfolio.import.goal");
        Set<TopicId> topics =
                cells.names(row, PortfolioColumn.TOPICS, references.topics(), base.topics(), "portfolio.import.topic");
        LocalDate start = cells.date(row, PortfolioColumn.PLANNED_START, base.plannedStart());
        LocalDate end = cells.date(row, PortfolioColumn.PLANNED_END, base.plannedEnd());
        if (cells.problemCount() > before) {
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
            cells.problem(
                    row,
                    PortfolioColumn.PLANNED_END,
                    "portfolio.import.planned-end.before-start",
                    row.text(PortfolioColumn.PLANNED_END));
        }
        if (phase != currentPhase && !currentPhase.canMoveTo(phase)) {
            cells.problem(
                    row, PortfolioColumn.PHASE, "portfolio.import.phase.not-allowed", row.text(PortfolioColumn.PHASE));
        }
        if (phase.needsGoal() && goals.isEmpty()) {
            cells.problem(row, PortfolioColumn.GOALS, "portfolio.import.goals.required", null);
        }
        if (project != null && !permissions.mayChange(project.department())) {
            cells.problem(row, PortfolioColumn.ID, "portfolio.import.project.not-yours", row.text(PortfolioColumn.ID));
        } else if ((project == null || !Objects.equals(department, project.department()))
                && !permissions.mayChange(department)) {
            cells.problem(
                    row,
                    PortfolioColumn.DEPARTMENT,
                    "portfolio.import.department.not-yours",
                    row.text(PortfolioColumn.DEPARTMENT));
        }
        return cells.problemCount() > before ? Optional.empty() : Optional.of(wanted);
    }
}
