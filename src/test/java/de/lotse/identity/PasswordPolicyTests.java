package de.lotse.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PasswordPolicyTests {

    private static final PasswordPolicy POLICY = PasswordPolicy.withShippedList();
    private static final String EMAIL = "dana.albers@musterstadt.example";
    private static final String NAME = "Dana Albers";

    @Test
    void aLongUnusualPasswordIsAccepted() {
        assertThat(POLICY.problems("Kaffeetasse auf dem Rathausdach", EMAIL, NAME))
                .isEmpty();
    }

    @Test
    void twelveCharactersAreEnoughAndElevenAreNot() {
        assertThat(POLICY.problems("Wqz7-pLm2-xR", EMAIL, NAME)).isEmpty();
        assertThat(POLICY.problems("Wqz7-pLm2-x", EMAIL, NAME)).containsExactly("password.policy.too-short");
    }

    @Test
    void lengthCountsCharactersNotUtf16Units() {
        // eleven characters, six of them outside the Basic Multilingual Plane (two UTF-16 units each)
        assertThat(POLICY.problems(
                        "\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00abcde", EMAIL, NAME))
                .containsExactly("password.policy.too-short");
    }

    @Test
    void moreThan128CharactersAreRefused() {
        assertThat(POLICY.problems("x9Q!".repeat(32), EMAIL, NAME)).isEmpty();
        assertThat(POLICY.problems("x9Q!".repeat(32) + "y", EMAIL, NAME)).containsExactly("password.policy.too-long");
    }

    @Test
    void aMissingPasswordIsTooShort() {
        assertThat(POLICY.problems(null, EMAIL, NAME)).containsExactly("password.policy.too-short");
    }

    @ParameterizedTest
    @CsvSource({
        "Dana.Albers-Rathaus7, password.policy.contains-email",
        "mein-albers-ist-lang, password.policy.contains-email",
    })
    void theEmailsLocalPartOrItsPartsAreRefused(String password, String problem) {
        assertThat(POLICY.problems(password, EMAIL, NAME)).contains(problem);
    }

    @Test
    void theNameOrAPartOfItIsRefused() {
        assertThat(POLICY.problems("Sonnenschein Dana 2026", "cdo@musterstadt.example", NAME))
                .containsExactly("password.policy.contains-name");
        assertThat(POLICY.problems("ALBERSALBERS99", "cdo@musterstadt.example", NAME))
                .containsExactly("password.policy.contains-name");
    }

    @Test
    void veryShortPartsOfNamesAreNotRefused() {
        assertThat(POLICY.problems("Ab Wolkenkratzer 9!", "ab@musterstadt.example", "Li Ab"))
                .isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"password1234", "Password1234", "qwertyuiopasdf", "000000000000"})
    void commonPasswordsOfTheShippedListAreRefusedInAnyCase(String password) {
        assertThat(POLICY.problems(password, EMAIL, NAME)).containsExactly("password.policy.common");
    }
}
