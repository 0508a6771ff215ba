package de.lotse.portfolio.imports;

import de.lotse.platform.InvalidFieldException;
import de.lotse.platform.sheets.ImportProblem;
import de.lotse.platform.sheets.ImportRejectedException;
import de.lotse.platform.sheets.ImportSheet;
import de.lotse.platform.sheets.ImportSummary;
import de.lotse.platform.sheets.Names;
import de.lotse.platform.sheets.SheetColumns;
import de.lotse.portfolio.PortfolioColumn;
import de.lotse.portfolio.Project;
import de.lotse.portfolio.ProjectId;
import de.lotse.portfolio.ProjectPermissions;
import de.lotse.portfolio.Projects;
import de.lotse.portfolio.Topic;
import de.lotse.portfolio.TopicId;
import de.lotse.portfolio.Topics;
import de.lotse.portfolio.internal.StrategyOptions;
import de.lotse.strategy.GoalId;
import de.lotse.tenancy.DepartmentId;
import de.lotse.tenancy.Departments;
import jakarta.validation.ConstraintViolationException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports projects from an XLSX file (the export's or the template's columns): a row with the id of
 * one of the municipality's projects changes it, a row without id creates one. Every row is checked
 * before anything is saved; any problem rejects the whole file. The changes then go through
 * {@link Projects} in one transaction, so the project rules, the editors' departments, the audit trail
 * and the phase history apply as for a change by hand; rows that change nothing are not touched.
 */
@Service
public class PortfolioImport {

    /** The most rows one file may have. */
    public static final int MAX_ROWS = 5_000;

    /** The prefix of the import's message keys. */
    static final String KEYS = "portfolio.import";

    private static final Map<String, PortfolioColumn> FIELDS = Map.of(
            "title", PortfolioColumn.TITLE,
            "summary", PortfolioColumn.SUMMARY,
            "lead", PortfolioColumn.LEAD,
            "phase", PortfolioColumn.PHASE,
            "goalIds", PortfolioColumn.GOALS,
            "departmentId", PortfolioColumn.DEPARTMENT,
            "topicIds", PortfolioColumn.TOPICS,
            "plannedStart", PortfolioColumn.PLANNED_START,
            "plannedEnd", PortfolioColumn.PLANNED_END);

    private final Projects projects;
    private final Departments departments;
    private final StrategyOptions strategy;
    private final Topics topics;
    private final ProjectPermissions permissions;
    private final SheetColumns<PortfolioColumn> columns;
    private final Labels labels;
    private final MessageSource messages;

    PortfolioImport(
            Projects projects,
            Departments departments,
            StrategyOptions strategy,
            Topics topics,
            ProjectPermissions permissions,
            Labels labels,
            MessageSource messages) {
        this.projects = projects;
        this.departments = departments;
        this.strategy = strategy;
        this.topics = topics;
        this.permissions = permissions;
        this.columns = new SheetColumns<>(PortfolioColumn.class, messages);
        this.labels = labels;
        this.messages = messages;
    }

    /**
     * Imports the file.
     *
     * @param locale the language of the problems' column names when the file lacks a column, and of
     *     the phase history's note
     * @throws ImportRejectedException with every problem, when anything is wrong; nothing is saved then
     */
    @Transactional
    public ImportSummary run(byte[] file, Locale locale) {
        ImportSheet<PortfolioColumn> sheet =
                ImportSheet.read(file, MAX_ROWS, columns, PortfolioColumn.TITLE, KEYS, locale);
        List<ProjectId> ids = sheet.rows().stream()
                .map(RowReader::id)
                .flatMap(Optional::stream)
                .toList();
        Map<ProjectId, Project> existing = projects.getAll(ids);
        List<ImportProblem> problems = new ArrayList<>();
        RowReader reader = new RowReader(sheet, references(), labels, columns, permissions, locale, problems);
        Set<ProjectId> seen = new HashSet<>();
        List<RowReader.Wanted> wanted = new ArrayList<>();
        for (ImportSheet.SheetRow<PortfolioColumn> row : sheet.rows()) {
            reader.read(row, existing, seen).ifPresent(wanted::add);
        }
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparingInt(ImportProblem::row));
            throw new ImportRejectedException(problems);
        }
        String note = messages.getMessage("portfolio.import.phase-note", null, locale);
        int created = 0;
        int updated = 0;
        for (RowReader.Wanted row : wanted) {
            if (row.unchanged()) {
                continue;
            }
            try {
                if (row.existing() == null) {
                    projects.create(row.data(), row.phase(), note);
                    created++;
                } else {
                    Project project = row.existing();
                    projects.update(
                            project.id(),
                            project.version(),
                            row.data(),
                            row.phase() == project.phase() ? null : row.phase(),
                            note);
                    updated++;
                }
            } catch (InvalidFieldException e) {
                // a rule the checks above do not know (a dependency, for example): the whole file is rejected
                throw rejected(sheet, row, FIELDS.get(e.field()), e.messageKey(), locale);
            } catch (ConstraintViolationException e) {
                throw rejected(sheet, row, null, "portfolio.import.row.invalid", locale);
            } catch (AccessDeniedException e) {
                throw rejected(sheet, row, PortfolioColumn.ID, "portfolio.import.project.not-yours", locale);
            }
        }
        return new ImportSummary(created, updated, wanted.size() - created - updated);
    }

    private ImportRejectedException rejected(
            ImportSheet<PortfolioColumn> sheet,
            RowReader.Wanted row,
            PortfolioColumn column,
            String messageKey,
            Locale locale) {
        String header = column == null
                ? null
                : Optional.ofNullable(sheet.headers().get(column)).orElse(columns.label(column, locale));
        return new ImportRejectedException(List.of(new ImportProblem(row.row(), header, messageKey, null)));
    }

    private ImportReferences references() {
        Names<DepartmentId> departmentNames = new Names<>();
        departments
                .tree()
                .entries()
                .forEach(entry -> departmentNames.add(
                        entry.department().name(), entry.department().id()));
        Names<GoalId> goalTitles = new Names<>();
        strategy.goals().forEach(goal -> goalTitles.add(goal.title(), new GoalId(goal.id())));
        Names<TopicId> topicNames = new Names<>();
        for (Topic topic : topics.all()) {
            topicNames.add(topic.name(), topic.id());
        }
        return new ImportReferences(departmentNames, goalTitles, topicNames);
    }
}
