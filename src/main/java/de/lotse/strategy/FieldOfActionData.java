package de.lotse.strategy;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What a person can set on a field of action.
 *
 * @param name e.g. "Mobilität"
 * @param description what the municipality wants in this field (plain text)
 * @param colour one of the {@link FieldColour} palette, as CSS hex
 */
public record FieldOfActionData(
        @NotBlank @Size(max = 200) String name, @Size(max = 4000) String description, @NotBlank String colour) {

    /** The same data with blank texts as absent and the colour in lower case. */
    public FieldOfActionData normalised() {
        return new FieldOfActionData(
                name.strip(),
                Texts.blankToNull(description),
                FieldColour.ofHex(colour).map(FieldColour::hex).orElse(colour));
    }
}
