package de.lotse.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ControlCharactersTests {

    @Test
    void valuesKeepTabsAndLineBreaksButNoOtherControlCharacters() {
        assertThat(ControlCharacters.inValue("Zeile 1\r\nZeile 2\tEnde")).isFalse();
        assertThat(ControlCharacters.inValue("Ä ö – €")).isFalse();
        assertThat(ControlCharacters.inValue(null)).isFalse();
        for (char c : new char[] {0, 1, 8, 0x0b, 0x0c, 0x1b, 0x1f, 0x7f}) {
            assertThat(ControlCharacters.inValue("a" + c + "b"))
                    .as("U+%04X", (int) c)
                    .isTrue();
        }
    }

    @Test
    void namesHoldNoControlCharactersAtAll() {
        assertThat(ControlCharacters.inName("bericht.xlsx")).isFalse();
        assertThat(ControlCharacters.inName("bericht\n.xlsx")).isTrue();
        assertThat(ControlCharacters.inName("bericht\t.xlsx")).isTrue();
    }
}
