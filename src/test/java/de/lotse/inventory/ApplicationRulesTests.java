package de.lotse.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The TIME quadrant and the light check of SPDX licences. */
class ApplicationRulesTests {

    @Test
    void theFitsGiveTheTimeQuadrant() {
        assertThat(TimeClass.of(4, 4)).isEqualTo(TimeClass.INVEST);
        assertThat(TimeClass.of(3, 3)).isEqualTo(TimeClass.INVEST);
        assertThat(TimeClass.of(3, 2)).isEqualTo(TimeClass.MIGRATE);
        assertThat(TimeClass.of(2, 3)).isEqualTo(TimeClass.TOLERATE);
        assertThat(TimeClass.of(1, 2)).isEqualTo(TimeClass.ELIMINATE);
        assertThat(TimeClass.of(null, 4)).isNull();
        assertThat(TimeClass.of(4, null)).isNull();
    }

    @Test
    void licencesAreIdentifiersOrExpressions() {
        assertThat(Licences.isValid(null)).isTrue();
        assertThat(Licences.isValid("EUPL-1.2")).isTrue();
        assertThat(Licences.isValid("GPL-2.0+")).isTrue();
        assertThat(Licences.isValid("LicenseRef-Hersteller")).isTrue();
        assertThat(Licences.isValid("MIT OR Apache-2.0")).isTrue();
        assertThat(Licences.isValid("(MIT AND BSD-3-Clause) OR GPL-3.0-only WITH Classpath-exception-2.0"))
                .isTrue();

        assertThat(Licences.isValid("EUPL 1.2")).isFalse();
        assertThat(Licences.isValid("MIT OR")).isFalse();
        assertThat(Licences.isValid("OR MIT")).isFalse();
        assertThat(Licences.isValid("(MIT")).isFalse();
        assertThat(Licences.isValid("MIT)")).isFalse();
        assertThat(Licences.isValid("()")).isFalse();
        assertThat(Licences.isValid("MIT, Apache-2.0")).isFalse();
        assertThat(Licences.isValid("proprietär")).isFalse();
    }
}
