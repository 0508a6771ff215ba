package de.lotse.portfolio.qualification;

import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.UUID;

/** Identifies a qualification measure. */
@Embeddable
public record QualificationMeasureId(UUID value) implements Serializable {

    public static QualificationMeasureId random() {
        return new QualificationMeasureId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
