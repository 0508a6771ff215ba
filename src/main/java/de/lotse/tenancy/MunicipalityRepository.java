package de.lotse.tenancy;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Stores municipalities. */
public interface MunicipalityRepository extends JpaRepository<Municipality, MunicipalityId> {

    Optional<Municipality> findBySlug(String slug);

    boolean existsByAgs(String ags);
}
