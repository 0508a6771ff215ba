package de.lotse.strategy.api;

import de.lotse.strategy.MeasuredValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** A measured value as the REST API shows it. */
record MeasuredValueResponse(UUID id, UUID indicatorId, LocalDate measuredOn, BigDecimal value, String source) {

    static MeasuredValueResponse of(MeasuredValue value) {
        return new MeasuredValueResponse(
                value.id().value(), value.indicator().value(), value.measuredOn(), value.value(), value.source());
    }
}
