package de.lotse.portfolio.qualification;

import de.lotse.platform.InvalidFieldException;
import de.lotse.platform.RecordNotFoundException;
import de.lotse.platform.StaleVersionException;
import de.lotse.portfolio.ProjectId;
import de.lotse.portfolio.money.ProjectLookup;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/** Maintains the qualification measures of the current municipality's projects. */
@Service
@Validated
@Transactional
public class QualificationMeasures {

    private final QualificationMeasureRepository repository;
    private final ProjectLookup projects;
    private final Pilots pilots;

    QualificationMeasures(QualificationMeasureRepository repository, ProjectLookup projects, Pilots pilots) {
        this.repository = repository;
        this.projects = projects;
        this.pilots = pilots;
    }

    /** The project's measures by date; an unknown project answers 404. */
    @Transactional(readOnly = true)
    public List<QualificationMeasure> ofProject(ProjectId project) {
        projects.require(project);
        return repository.findByProjectOrderByHeldOnAscTitleAsc(project);
    }

    @Transactional(readOnly = true)
    public Page<QualificationMeasure> page(ProjectId project, Pageable pageable) {
        projects.require(project);
        return repository.findByProject(project, pageable);
    }

    /** A measure of the project; one of another project or municipality answers 404. */
    @Transactional(readOnly = true)
    public QualificationMeasure get(ProjectId project, QualificationMeasureId id) {
        return repository
                .findById(id)
                .filter(measure -> measure.project().equals(project))
                .orElseThrow(() -> new RecordNotFoundException("qualification_measure", id));
    }

    /** The project a measure belongs to, e.g. to open its page from its history. */
    @Transactional(readOnly = true)
    public ProjectId projectOf(QualificationMeasureId id) {
        return repository
                .findById(id)
                .map(QualificationMeasure::project)
                .orElseThrow(() -> new RecordNotFoundException("qualification_measure", id));
    }

    public QualificationMeasure create(ProjectId project, @Valid QualificationMeasureData data) {
        projects.requireChangeable(project);
        requirePilot(data);
        return repository.save(new QualificationMeasure(project, data));
    }

    /**
     * Changes a measure.
     *
     * @param expectedVersion the version the person saw; a different current version means someone
     *     else changed it in between, and nothing is changed
     */
    public QualificationMeasure update(
            ProjectId project, QualificationMeasureId id, long expectedVersion, @Valid QualificationMeasureData data) {
        QualificationMeasure measure = current(project, id, expectedVersion);
        if (data.pilotId() != null && !data.pilotId().equals(measure.pilotId())) {
            // a pilot who has since left may stay on the measures they ran; a new one must be a pilot now
            requirePilot(data);
        }
        measure.apply(data);
        return repository.save(measure);
    }

    public void delete(ProjectId project, QualificationMeasureId id, long expectedVersion) {
        repository.delete(current(project, id, expectedVersion));
    }

    private QualificationMeasure current(ProjectId project, QualificationMeasureId id, long expectedVersion) {
        projects.requireChangeable(project);
        QualificationMeasure measure = get(project, id);
        if (measure.version() != expectedVersion) {
            throw new StaleVersionException(measure, measure.version());
        }
        return measure;
    }

    private void requirePilot(QualificationMeasureData data) {
        if (data.pilotId() != null
                && pilots.all().stream().noneMatch(pilot -> pilot.id().equals(data.pilotId()))) {
            throw new InvalidFieldException("pilotId", "qualification.error.not-a-pilot");
        }
    }
}
