package de.lotse.strategy;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The vision as a person writes it.
 *
 * @param text Markdown: paragraphs, headings, lists, emphasis, links
 * @param published whether it may be shown outside the administration
 */
public record VisionData(@NotBlank @Size(max = 20000) String text, boolean published) {}
