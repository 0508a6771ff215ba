package de.lotse.strategy.api;

import de.lotse.strategy.FieldOfActionData;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The body of creating or changing a field of action.
 *
 * @param position its place among the fields, from 0; absent keeps it (or, on creation, puts it last)
 */
record FieldRequest(
        @NotBlank @Size(max = 200) String name,
        @Size(max = 4000) String description,
        @NotBlank String colour,
        @Min(0) Integer position) {

    FieldOfActionData data() {
        return new FieldOfActionData(name, description, colour);
    }
}
