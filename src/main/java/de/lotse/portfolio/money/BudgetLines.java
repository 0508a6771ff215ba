package de.lotse.portfolio.money;

import de.lotse.platform.InvalidFieldException;
import de.lotse.platform.RecordNotFoundException;
import de.lotse.platform.StaleVersionException;
import de.lotse.portfolio.ProjectId;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/** Maintains the budget lines of the current municipality's projects. */
@Service
@Validated
@Transactional
public class BudgetLines {

    private final BudgetLineRepository repository;
    private final ProjectLookup projects;

    BudgetLines(BudgetLineRepository repository, ProjectLookup projects) {
        this.repository = repository;
        this.projects = projects;
    }

    /** The project's budget lines by fiscal year and cost type; an unknown project answers 404. */
    @Transactional(readOnly = true)
    public List<BudgetLine> ofProject(ProjectId project) {
        projects.require(project);
        return repository.findByProjectOrderByFiscalYearAscCostTypeAsc(project);
    }

    @Transactional(readOnly = true)
    public Page<BudgetLine> page(ProjectId project, Pageable pageable) {
        projects.require(project);
        return repository.findByProject(project, pageable);
    }

    /** A budget line of the project; a line of another project or municipality answers 404. */
    @Transactional(readOnly = true)
    public BudgetLine get(ProjectId project, BudgetLineId id) {
        return repository
                .findById(id)
                .filter(line -> line.project().equals(project))
                .orElseThrow(() -> new RecordNotFoundException("budget_line", id));
    }

    /** The project a budget line belongs to, e.g. to open the line's page from its history. */
    @Transactional(readOnly = true)
    public ProjectId projectOf(BudgetLineId id) {
        return repository
                .findById(id)
                .map(BudgetLine::project)
                .orElseThrow(() -> new RecordNotFoundException("budget_line", id));
    }

    public BudgetLine create(ProjectId project, @Valid BudgetLineData data) {
        projects.requireChangeable(project);
        requireUnique(project, data);
        return repository.save(new BudgetLine(project, data));
    }

    /**
     * Changes a budget line.
     *
     * @param expectedVersion the version the person saw; a different current version means someone
     *     else changed it in between, and nothing is changed
     */
    public BudgetLine update(ProjectId project, BudgetLineId id, long expectedVersion, @Valid BudgetLineData data) {
        BudgetLine line = current(project, id, expectedVersion);
        if (line.fiscalYear() != data.fiscalYear() || line.costType() != data.costType()) {
            requireUnique(project, data);
        }
        line.apply(data);
        return repository.save(line);
    }

    public void delete(ProjectId project, BudgetLineId id, long expectedVersion) {
        repository.delete(current(project, id, expectedVersion));
    }

    private BudgetLine current(ProjectId project, BudgetLineId id, long expectedVersion) {
        projects.requireChangeable(project);
        BudgetLine line = get(project, id);
        if (line.version() != expectedVersion) {
            throw new StaleVersionException(line, line.version());
        }
        return line;
    }

    private void requireUnique(ProjectId project, BudgetLineData data) {
        if (repository.existsByProjectAndFiscalYearAndCostType(project, data.fiscalYear(), data.costType())) {
            throw new InvalidFieldException("fiscalYear", "budget-line.error.duplicate");
        }
    }
}
