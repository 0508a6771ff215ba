package de.lotse.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every colour of the palette keeps the WCAG AA contrast (4.5:1) with white text and on white. */
class FieldColourTests {

    @ParameterizedTest
    @EnumSource(FieldColour.class)
    void keepsTheAaContrastWithWhite(FieldColour colour) {
        assertThat(contrastWithWhite(colour.hex())).as(colour.hex()).isGreaterThanOrEqualTo(4.5);
    }

    @Test
    void findsColoursInAnyCase() {
        assertThat(FieldColour.ofHex("#1C4F8C")).contains(FieldColour.BLUE);
        assertThat(FieldColour.ofHex("#ff0000")).isEmpty();
        assertThat(FieldColour.ofHex(null)).isEmpty();
    }

    /** The contrast ratio of WCAG 2.1 (relative luminance, sRGB). */
    private static double contrastWithWhite(String hex) {
        double luminance = 0.2126 * channel(hex, 1) + 0.7152 * channel(hex, 3) + 0.0722 * channel(hex, 5);
        return 1.05 / (luminance + 0.05);
    }

    private static double channel(String hex, int start) {
        double value = Integer.parseInt(hex.substring(start, start + 2), 16) / 255.0;
        return value <= 0.04045 ? value / 12.92 : Math.pow((value + 0.055) / 1.055, 2.4);
    }
}
