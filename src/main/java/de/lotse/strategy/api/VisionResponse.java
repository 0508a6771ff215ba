package de.lotse.strategy.api;

import de.lotse.strategy.MarkdownText;
import de.lotse.strategy.Vision;

/**
 * The vision as the REST API shows it.
 *
 * @param text the Markdown as written
 * @param html the text rendered to safe HTML
 */
record VisionResponse(long version, String text, String html, boolean published) {

    static VisionResponse of(Vision vision) {
        return new VisionResponse(
                vision.version(), vision.text(), MarkdownText.toHtml(vision.text()), vision.published());
    }
}
