package de.lotse.portfolio.money;

import de.lotse.portfolio.ProjectId;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.Repository;

/** Stores the budget lines of the current municipality (Hibernate adds the municipality). */
interface BudgetLineRepository extends Repository<BudgetLine, BudgetLineId> {

    BudgetLine save(BudgetLine line);

    Optional<BudgetLine> findById(BudgetLineId id);

    List<BudgetLine> findByProjectOrderByFiscalYearAscCostTypeAsc(ProjectId project);

    Page<BudgetLine> findByProject(ProjectId project, Pageable pageable);

    boolean existsByProjectAndFiscalYearAndCostType(ProjectId project, int fiscalYear, CostType costType);

    void delete(BudgetLine line);
}
