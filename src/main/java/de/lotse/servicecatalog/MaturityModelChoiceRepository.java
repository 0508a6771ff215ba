package de.lotse.servicecatalog;

import java.util.Optional;
import org.springframework.data.repository.Repository;

/** The current municipality's choice of maturity model (Hibernate adds the municipality). */
interface MaturityModelChoiceRepository extends Repository<MaturityModelChoice, java.util.UUID> {

    Optional<MaturityModelChoice> findFirstBy();

    MaturityModelChoice saveAndFlush(MaturityModelChoice choice);
}
