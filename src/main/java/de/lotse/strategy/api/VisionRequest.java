package de.lotse.strategy.api;

import de.lotse.strategy.VisionData;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The body of writing the vision: Markdown text and whether it is published. */
record VisionRequest(@NotBlank @Size(max = 20000) String text, boolean published) {

    VisionData data() {
        return new VisionData(text, published);
    }
}
