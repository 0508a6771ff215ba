package de.lotse.portfolio;

import java.util.List;
import org.springframework.data.repository.Repository;

/** Stores the phase history of the current municipality's projects. */
interface PhaseChangeRepository extends Repository<PhaseChange, java.util.UUID> {

    PhaseChange save(PhaseChange change);

    List<PhaseChange> findByProjectOrderByChangedAtDesc(ProjectId project);
}
