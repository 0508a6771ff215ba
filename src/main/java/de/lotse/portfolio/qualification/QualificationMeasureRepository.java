package de.lotse.portfolio.qualification;

import de.lotse.portfolio.ProjectId;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.Repository;

/** Stores the qualification measures of the current municipality (Hibernate adds the municipality). */
interface QualificationMeasureRepository extends Repository<QualificationMeasure, QualificationMeasureId> {

    QualificationMeasure save(QualificationMeasure measure);

    Optional<QualificationMeasure> findById(QualificationMeasureId id);

    List<QualificationMeasure> findByProjectOrderByHeldOnAscTitleAsc(ProjectId project);

    Page<QualificationMeasure> findByProject(ProjectId project, Pageable pageable);

    void delete(QualificationMeasure measure);
}
