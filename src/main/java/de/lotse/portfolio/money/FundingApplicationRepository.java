package de.lotse.portfolio.money;

import de.lotse.portfolio.ProjectId;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.Repository;

/** Stores the funding applications of the current municipality (Hibernate adds the municipality). */
interface FundingApplicationRepository extends Repository<FundingApplication, FundingApplicationId> {

    FundingApplication save(FundingApplication application);

    Optional<FundingApplication> findById(FundingApplicationId id);

    List<FundingApplication> findByProjectOrderByProgrammeAscIdAsc(ProjectId project);

    Page<FundingApplication> findByProject(ProjectId project, Pageable pageable);

    void delete(FundingApplication application);
}
