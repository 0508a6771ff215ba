package de.lotse.strategy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.Repository;

/** Stores the measured values of the current municipality (Hibernate adds the municipality). */
interface MeasuredValueRepository extends Repository<MeasuredValue, MeasuredValueId> {

    MeasuredValue save(MeasuredValue value);

    Optional<MeasuredValue> findById(MeasuredValueId id);

    List<MeasuredValue> findAllByOrderByMeasuredOnAsc();

    List<MeasuredValue> findByIndicatorOrderByMeasuredOnAsc(IndicatorId indicator);

    Page<MeasuredValue> findByIndicator(IndicatorId indicator, Pageable pageable);

    List<MeasuredValue> findByIndicatorInOrderByMeasuredOnAsc(java.util.Collection<IndicatorId> indicators);

    boolean existsByIndicatorAndMeasuredOn(IndicatorId indicator, LocalDate measuredOn);

    void delete(MeasuredValue value);
}
