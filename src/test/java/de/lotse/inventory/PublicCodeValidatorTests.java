package de.lotse.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class PublicCodeValidatorTests {

    private final PublicCodeValidator validator = new PublicCodeValidator();

    @ParameterizedTest
    @ValueSource(
            strings = {
                "standard-minimal.yml",
                "standard-extended.yml",
                "de-minimal.yml",
                "de-extended.yml",
                "schemastore-minimum.json",
                "schemastore-extended.json",
                "own-minimal.yml"
            })
    void theStandardsExamplesHaveNoErrors(String example) {
        PublicCodeValidation validation = validator.validate(resource("examples/" + example));

        assertThat(validation.errors()).isEmpty();
        assertThat(validation.valid()).isTrue();
    }

    @Test
    void theExtendedExampleWarnsOnlyOfTheDeprecatedItalianSection() {
        PublicCodeValidation validation = validator.validate(resource("examples/standard-extended.yml"));

        assertThat(validation.warnings())
                .extracting(PublicCodeProblem::key, PublicCodeProblem::messageKey, PublicCodeProblem::line)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("IT", "publiccode.countrySection.deprecated", 114));
    }

    @Test
    void anOlderVersionOfTheZeroLineIsAcceptedWithAWarning() {
        PublicCodeValidation validation = validator.validate(resource("examples/schemastore-minimum.json"));

        assertThat(validation.valid()).isTrue();
        assertThat(validation.warnings())
                .filteredOn(warning -> warning.key().equals("publiccodeYmlVersion"))
                .singleElement()
                .satisfies(warning -> {
                    assertThat(warning.messageKey()).isEqualTo("publiccode.version.notLatest");
                    assertThat(warning.arguments()).containsExactly("0.4", "0.7");
                });
    }

    static Stream<Arguments> invalidFiles() {
        return new String(resource("invalid/expected.tsv"), StandardCharsets.UTF_8)
                .lines()
                .filter(line -> !line.startsWith("#") && !line.isBlank())
                .map(line -> line.split("\t", -1))
                .map(cells -> Arguments.of(cells[0], cells[1], Integer.parseInt(cells[2])));
    }

    @ParameterizedTest(name = "{0}: {1} in line {2}")
    @MethodSource("invalidFiles")
    void eachBrokenRuleGivesAnErrorAtItsKeyAndLine(String file, String key, int line) {
        PublicCodeValidation validation = validator.validate(resource("invalid/" + file));

        assertThat(validation.valid()).isFalse();
        assertThat(validation.errors()).as("errors of %s", file).anySatisfy(error -> {
            assertThat(error.key()).isEqualTo(key);
            assertThat(error.line()).isEqualTo(line);
            assertThat(error.column()).isPositive();
            assertThat(error.messageKey()).startsWith("publiccode.").isNotEqualTo("publiccode.internal");
        });
    }

    @Test
    void onlyTheOneRuleOfEachInvalidFileIsBroken() {
        invalidFiles().forEach(arguments -> {
            String file = (String) arguments.get()[0];
            String key = (String) arguments.get()[1];
            PublicCodeValidation validation = validator.validate(resource("invalid/" + file));
            assertThat(validation.errors())
                    .as("errors of %s", file)
                    .extracting(PublicCodeProblem::key)
                    .allSatisfy(found -> assertThat(found).startsWith(key.split("[.\\[]")[0]));
        });
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "MIT",
                "mit",
                "EUPL-1.2 OR AGPL-3.0-or-later",
                "GPL-2.0-or-later WITH Classpath-exception-2.0",
                "(MIT OR Apache-2.0) AND BSD-3-Clause",
                "((MIT))",
                "Apache-2.0+",
                "LicenseRef-Medusa",
                "DocumentRef-spdx-tool-1.2:LicenseRef-MIT-Style-2",
                "GPL-3.0"
            })
    void spdxExpressionsOfTheGrammarAreLicences(String licence) {
        assertThat(validator
                        .validate(resource("examples/own-minimal.yml", "AGPL-3.0-or-later", licence))
                        .errors())
                .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Proprietary",
                "MIT OR",
                "AND MIT",
                "MIT Apache-2.0",
                "(MIT",
                "MIT)",
                "MIT WITH",
                "MIT WITH GPL-3.0",
                "LicenseRef-",
                "NOASSERTION",
                "MIT/Apache-2.0",
                "\"MIT\""
            })
    void otherLicenceTextsAreErrors(String licence) {
        assertThat(validator
                        .validate(resource(
                                "examples/own-minimal.yml",
                                "AGPL-3.0-or-later",
                                '"' + licence.replace("\"", "\\\"") + '"'))
                        .errors())
                .singleElement()
                .satisfies(error -> assertThat(error.key()).isEqualTo("legal.license"));
    }

    @Test
    void aDeprecatedLicenceIdentifierIsAWarning() {
        PublicCodeValidation validation =
                validator.validate(resource("examples/own-minimal.yml", "AGPL-3.0-or-later", "GPL-3.0"));

        assertThat(validation.warnings())
                .extracting(PublicCodeProblem::messageKey)
                .containsExactly("publiccode.licence.deprecated");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "de", "de-DE", "en-GB", "pt-BR", "sl-IT-nedis", "eng", "zh-Hant-TW", "es-419"})
    void languageTagsOfBcp47AreLanguages(String language) {
        assertThat(validator
                        .validate(resource("examples/own-minimal.yml", "    - en", "    - " + language))
                        .errors())
                .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"xx", "xxx", "en_GB", "english", "en-ZZ", "e", "-en", "en-"})
    void otherLanguageTagsAreErrors(String language) {
        assertThat(validator
                        .validate(resource("examples/own-minimal.yml", "    - en", "    - \"" + language + '"'))
                        .errors())
                .singleElement()
                .satisfies(error -> assertThat(error.key()).isEqualTo("localisation.availableLanguages[0]"));
    }

    @Test
    void deprecatedKeysAreWarningsAtTheirPosition() {
        PublicCodeValidation validation = validator.validate(resource(
                "examples/own-minimal.yml",
                "  license: AGPL-3.0-or-later",
                "  license: AGPL-3.0-or-later\n  repoOwner: Comune di Roma"));

        assertThat(validation.valid()).isTrue();
        assertThat(validation.warnings()).singleElement().satisfies(warning -> {
            assertThat(warning.key()).isEqualTo("legal.repoOwner");
            assertThat(warning.line()).isEqualTo(17);
            assertThat(warning.column()).isEqualTo(3);
        });
    }

    @Test
    void lowerCaseCountriesAndTheLowerCaseItalianSectionAreWarnings() {
        PublicCodeValidation validation = validator.validate(resource(
                "examples/own-minimal.yml",
                "    - en\n",
                "    - en\nintendedAudience:\n  countries:\n    - it\nit:\n  countryExtensionVersion: \"1.0\"\n"));

        assertThat(validation.valid()).isTrue();
        assertThat(validation.warnings())
                .extracting(PublicCodeProblem::key)
                .containsExactly("intendedAudience.countries[0]", "it", "it");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "landingURL: \"https://unreachable.invalid/medusa\"",
                "landingURL: \"http://example.com/a b|c\"",
                "roadmap: \"https://example.com/roadmap#2030\"",
                "organisation:\n  uri: \"urn:x-italian-pa:c_h501\"",
                "organisation:\n  uri: \"urn:isbn:0451450523\"",
                "organisation:\n  uri: \"https://www.musterstadt.example\"",
                "inputTypes:\n  - application/vnd.oasis.opendocument.text",
                "isBasedOn: \"git://example.com/otello.git\""
            })
    void urlsAreCheckedForTheirSyntaxOnly(String line) {
        PublicCodeValidation validation = validator.validate(
                resource("examples/own-minimal.yml", "name: Medusa\n", "name: Medusa\n" + line + "\n"));

        assertThat(validation.errors()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "landingURL: \"example.com\"",
                "landingURL: \"mailto:medusa@example.com\"",
                "landingURL: \"https:///medusa\"",
                "organisation:\n  uri: \"mailto:medusa@example.com\"",
                "organisation:\n  uri: \"urn:\"",
                "organisation:\n  uri: \"Comune di Roma\"",
                "inputTypes:\n  - text/plain; charset=utf-8",
                "isBasedOn: \"git@example.com:otello.git\""
            })
    void malformedUrlsAreErrors(String line) {
        PublicCodeValidation validation = validator.validate(
                resource("examples/own-minimal.yml", "name: Medusa\n", "name: Medusa\n" + line + "\n"));

        assertThat(validation.errors()).singleElement().satisfies(error -> assertThat(error.line())
                .isIn(3, 4));
    }

    @Test
    void anEmptyListOfContactsCountsAsGivenAndANullListOfContractorsAsAbsent() {
        assertThat(validator
                        .validate(resource(
                                "examples/own-minimal.yml",
                                "  contacts:\n    - name: Francesco Rossi\n",
                                "  contacts: []\n  contractors:\n"))
                        .errors())
                .isEmpty();
    }

    @Test
    void mergeKeysBringTheirKeysAndExplicitKeysWin() {
        PublicCodeValidation validation = validator.validate(resource(
                "examples/own-minimal.yml",
                "  contacts:\n    - name: Francesco Rossi\n",
                "  contacts:\n    - &rossi\n      name: Francesco Rossi\n      email: rossi@example.com\n"
                        + "    - <<: *rossi\n      email: bianchi@example.com\n"));

        assertThat(validation.errors()).isEmpty();
    }

    static byte[] resource(String name) {
        try (InputStream in = PublicCodeValidatorTests.class.getResourceAsStream("/publiccode/" + name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /** A resource with one text replaced, to try one value in an otherwise valid file. */
    static byte[] resource(String name, String text, String replacement) {
        String content = new String(resource(name), StandardCharsets.UTF_8);
        assertThat(content).contains(text);
        return content.replace(text, replacement).getBytes(StandardCharsets.UTF_8);
    }

    static List<String> keys(List<PublicCodeProblem> problems) {
        return problems.stream().map(PublicCodeProblem::key).toList();
    }
}
