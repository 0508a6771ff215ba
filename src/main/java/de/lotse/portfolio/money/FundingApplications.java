package de.lotse.portfolio.money;

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

/** Maintains the funding applications of the current municipality's projects, keeping {@link FundingRules}. */
@Service
@Validated
@Transactional
public class FundingApplications {

    private final FundingApplicationRepository repository;
    private final ProjectLookup projects;

    FundingApplications(FundingApplicationRepository repository, ProjectLookup projects) {
        this.repository = repository;
        this.projects = projects;
    }

    /** The project's funding applications by programme; an unknown project answers 404. */
    @Transactional(readOnly = true)
    public List<FundingApplication> ofProject(ProjectId project) {
        projects.require(project);
        return repository.findByProjectOrderByProgrammeAscIdAsc(project);
    }

    @Transactional(readOnly = true)
    public Page<FundingApplication> page(ProjectId project, Pageable pageable) {
        projects.require(project);
        return repository.findByProject(project, pageable);
    }

    /** A funding application of the project; one of another project or municipality answers 404. */
    @Transactional(readOnly = true)
    public FundingApplication get(ProjectId project, FundingApplicationId id) {
        return repository
                .findById(id)
                .filter(application -> application.project().equals(project))
                .orElseThrow(() -> new RecordNotFoundException("funding_application", id));
    }

    /** The project a funding application belongs to, e.g. to open its page from its history. */
    @Transactional(readOnly = true)
    public ProjectId projectOf(FundingApplicationId id) {
        return repository
                .findById(id)
                .map(FundingApplication::project)
                .orElseThrow(() -> new RecordNotFoundException("funding_application", id));
    }

    public FundingApplication create(ProjectId project, @Valid FundingApplicationData data) {
        projects.requireChangeable(project);
        FundingRules.check(data);
        return repository.save(new FundingApplication(project, data));
    }

    /**
     * Changes a funding application.
     *
     * @param expectedVersion the version the person saw; a different current version means someone
     *     else changed it in between, and nothing is changed
     */
    public FundingApplication update(
            ProjectId project, FundingApplicationId id, long expectedVersion, @Valid FundingApplicationData data) {
        FundingApplication application = current(project, id, expectedVersion);
        FundingRules.check(data);
        application.apply(data);
        return repository.save(application);
    }

    public void delete(ProjectId project, FundingApplicationId id, long expectedVersion) {
        repository.delete(current(project, id, expectedVersion));
    }

    private FundingApplication current(ProjectId project, FundingApplicationId id, long expectedVersion) {
        projects.requireChangeable(project);
        FundingApplication application = get(project, id);
        if (application.version() != expectedVersion) {
            throw new StaleVersionException(application, application.version());
        }
        return application;
    }
}
