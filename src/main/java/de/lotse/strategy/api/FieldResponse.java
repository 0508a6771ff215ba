package de.lotse.strategy.api;

import de.lotse.strategy.FieldOfAction;
import java.util.UUID;

/** A field of action as the REST API shows it. */
record FieldResponse(UUID id, long version, int position, String name, String description, String colour) {

    static FieldResponse of(FieldOfAction field) {
        return new FieldResponse(
                field.id().value(),
                field.version(),
                field.position(),
                field.name(),
                field.description(),
                field.colour());
    }
}
