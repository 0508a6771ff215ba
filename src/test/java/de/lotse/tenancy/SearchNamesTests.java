package de.lotse.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchNamesTests {

    @Test
    void writesUmlautsAsTwoLettersAndIgnoresCase() {
        assertThat(SearchNames.normalise("München")).isEqualTo("muenchen");
        assertThat(SearchNames.normalise("MÜNCHEN")).isEqualTo("muenchen");
        assertThat(SearchNames.normalise("Muenchen")).isEqualTo("muenchen");
        assertThat(SearchNames.normalise("Großröhrsdorf")).isEqualTo("grossroehrsdorf");
        assertThat(SearchNames.normalise("Bärnau")).isEqualTo("baernau");
        assertThat(SearchNames.normalise("Östringen")).isEqualTo("oestringen");
    }

    @Test
    void treatsDecomposedUmlautsLikeComposedOnes() {
        assertThat(SearchNames.normalise("Mu\u0308nchen")).isEqualTo("muenchen");
    }

    @Test
    void dropsOtherAccents() {
        assertThat(SearchNames.normalise("Cottbus/Chóśebuz")).isEqualTo("cottbus chosebuz");
        assertThat(SearchNames.normalise("Bautzen / Budyšin")).isEqualTo("bautzen budysin");
        assertThat(SearchNames.normalise("Weißwasser/O.L. / Běła Woda")).isEqualTo("weisswasser o l bela woda");
    }

    @Test
    void replacesPunctuationWithSingleSpaces() {
        assertThat(SearchNames.normalise("Frankfurt (Oder), Stadt")).isEqualTo("frankfurt oder stadt");
        assertThat(SearchNames.normalise("  Grafing b.München,  St ")).isEqualTo("grafing b muenchen st");
        assertThat(SearchNames.normalise("Halle (Saale)")).isEqualTo("halle saale");
        assertThat(SearchNames.normalise("-,.")).isEmpty();
    }

    @Test
    void shortNameDropsTheSuffixesOfTheOfficialName() {
        assertThat(SearchNames.shortName("Stuttgart, Landeshauptstadt")).isEqualTo("Stuttgart");
        assertThat(SearchNames.shortName("Erkrath, Fundort des Neanderthalers, Stadt"))
                .isEqualTo("Erkrath");
        assertThat(SearchNames.shortName("Sachsenwald (Forstgutsbez.),gemfr.Geb."))
                .isEqualTo("Sachsenwald (Forstgutsbez.)");
        assertThat(SearchNames.shortName("Kirchheim b.München")).isEqualTo("Kirchheim b.München");
    }
}
