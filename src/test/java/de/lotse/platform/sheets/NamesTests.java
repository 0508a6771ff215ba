package de.lotse.platform.sheets;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Names in a cell, separated by commas, where a name may contain a comma itself. */
class NamesTests {

    private final Names<Integer> goals = new Names<>();

    NamesTests() {
        goals.add("Schulen, Kitas und Horte digital", 1);
        goals.add("Schulen", 2);
        goals.add("Verwaltung  online", 3);
        goals.add("Doppelt", 4);
        goals.add("doppelt", 5);
    }

    @Test
    void takesTheLongestKnownNameAtEachPlace() {
        assertThat(goals.list("Schulen, Kitas und Horte digital, verwaltung online"))
                .extracting(Names.Match::candidates)
                .containsExactly(java.util.List.of(1), java.util.List.of(3));
        assertThat(goals.list("Schulen,Verwaltung online"))
                .extracting(Names.Match::candidates)
                .containsExactly(java.util.List.of(2), java.util.List.of(3));
    }

    @Test
    void anUnknownNameEndsAtTheNextCommaAndEmptyPiecesAreSkipped() {
        assertThat(goals.list(" Unbekannt , Schulen,, "))
                .extracting(Names.Match::name, Names.Match::candidates)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Unbekannt", java.util.List.of()),
                        org.assertj.core.groups.Tuple.tuple("Schulen", java.util.List.of(2)));
        assertThat(goals.list(null)).isEmpty();
    }

    @Test
    void sameNamesAreAmbiguous() {
        assertThat(goals.find(" DOPPELT ").candidates()).containsExactly(4, 5);
    }
}
