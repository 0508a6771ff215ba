package de.lotse.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import de.lotse.inventory.publiccode.Findings;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** No input, however broken or hostile, makes the check fail: every one gets a result, quickly. */
class PublicCodeRobustnessTests {

    private static final String LOL =
            "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n"
                    + "b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\n"
                    + "c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\n"
                    + "d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\n"
                    + "e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n"
                    + "f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\n"
                    + "g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]\n"
                    + "h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]\n"
                    + "i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]\n";

    private final PublicCodeValidator validator = new PublicCodeValidator();

    static Stream<String> brokenTexts() {
        String example =
                new String(PublicCodeValidatorTests.resource("examples/standard-extended.yml"), StandardCharsets.UTF_8);
        return Stream.of(
                "",
                " ",
                "\n\n\n",
                "# only a comment\n",
                "---\n",
                "---\n...\n",
                "~",
                "null",
                "42",
                "\"just a text\"",
                "- a\n- b\n",
                "[1, 2, 3]",
                "{",
                "}",
                "[",
                "a: [",
                "a: {b: c",
                "a: 'unterminated",
                "a: \"unterminated",
                "a:\n\t- b\n",
                "\tname: Medusa\n",
                "name:\tMedusa\n",
                "a: b\n  c: d\n",
                ": no key\n",
                "? [a, b]\n: c\n",
                "? {a: b}\n: c\n",
                "publiccodeYmlVersion: [0]\n",
                "publiccodeYmlVersion: {a: b}\n",
                "publiccodeYmlVersion: \"0\"\ndescription: [a]\nlegal: []\nmaintenance: 7\nlocalisation: x\n",
                "publiccodeYmlVersion: \"0\"\ndescription:\n  en: &x\n    features: *x\n",
                "publiccodeYmlVersion: \"0\"\nplatforms: &p [*p]\n",
                "publiccodeYmlVersion: \"0\"\nlegal: &l\n  license: *l\n",
                "publiccodeYmlVersion: \"0\"\nname: *undefined\n",
                "publiccodeYmlVersion: \"0\"\nname: !!binary aGVsbG8=\nurl: !custom x\n",
                "publiccodeYmlVersion: \"0\"\nname: !!python/object:os.system ls\n",
                "publiccodeYmlVersion: \"0\"\n%YAML 1.1\n",
                "%YAML 1.2\n%YAML 1.2\n---\na: b\n",
                "%TAG ! tag:example.com,2000:\n--- !foo\na: b\n",
                "publiccodeYmlVersion: \"0\"\nreleaseDate: 2017-04-15T10:00:00Z\nsoftwareVersion: 1.0e999999\n",
                "publiccodeYmlVersion: 0\nname: 123456789012345678901234567890\nurl: .inf\n",
                "a: b\n---\nc: d\n",
                "a: b\n---\n[\n",
                "\u0000\u0001\u0002",
                "a: \u0007\n",
                "\uFEFF\uFEFFa: b",
                "\uFEFFpubliccodeYmlVersion: \"0\"\n",
                "a: b\r\nc: d\r",
                "publiccodeYmlVersion: \"0\"\ndescription:\n  en:\n    features:\n" + "      - x\n".repeat(20_000),
                "publiccodeYmlVersion: \"0\"\n" + "k: v\n".repeat(5),
                "publiccodeYmlVersion: \"0\"\n" + "x".repeat(200_000) + ": 1\n",
                "[".repeat(100_000),
                "{a: ".repeat(50_000),
                "- ".repeat(50_000) + "x",
                nested(500),
                LOL,
                "publiccodeYmlVersion: \"0\"\nplatforms: *i\n" + LOL,
                example.substring(0, example.length() / 2),
                example.replace("  ", "\t"),
                example + "\n" + example,
                example.replace(":", ""),
                example.replace("-", ""),
                example.replace("\n", " "));
    }

    @ParameterizedTest
    @MethodSource("brokenTexts")
    void brokenTextsGetAResult(String text) {
        check(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aBillionLaughsIsRefused() {
        PublicCodeValidation validation =
                check(("publiccodeYmlVersion: \"0\"\n" + LOL + "platforms: *i\n").getBytes(StandardCharsets.UTF_8));

        assertThat(validation.valid()).isFalse();
    }

    @Test
    void deepNestingIsRefusedBeforeItCanExhaustTheStack() {
        PublicCodeValidation validation = check("[".repeat(200_000).getBytes(StandardCharsets.UTF_8));

        assertThat(validation.errors()).singleElement().satisfies(error -> {
            assertThat(error.messageKey()).isEqualTo("publiccode.tooDeep");
            assertThat(error.line()).isEqualTo(1);
            assertThat(error.column()).isEqualTo(65);
        });
    }

    @Test
    void filesLargerThanTheLimitAreRefused() {
        byte[] large = new byte[PublicCodeValidator.MAX_BYTES + 1];
        Arrays.fill(large, (byte) 'a');

        assertThat(check(large).errors())
                .extracting(PublicCodeProblem::messageKey)
                .containsExactly("publiccode.tooLarge");
    }

    @Test
    void textsThatAreNotUtf8AreRefused() {
        assertThat(check("name: Müller".getBytes(StandardCharsets.ISO_8859_1)).errors())
                .extracting(PublicCodeProblem::messageKey)
                .containsExactly("publiccode.notUtf8");
        assertThat(check("name: Müller".getBytes(StandardCharsets.UTF_16)).errors())
                .extracting(PublicCodeProblem::messageKey)
                .containsExactly("publiccode.notUtf8");
    }

    @Test
    void randomBytesGetAResult() {
        Random random = new Random(5);
        for (int i = 0; i < 500; i++) {
            byte[] bytes = new byte[random.nextInt(2048)];
            random.nextBytes(bytes);
            check(bytes);
        }
    }

    @Test
    void randomYamlPunctuationGetsAResult() {
        Random random = new Random(7);
        String alphabet = ":-?[]{},&*!|>'\"%@`# \n\t\r\\abcdeN0.~";
        for (int i = 0; i < 2000; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(300);
            for (int c = 0; c < length; c++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            check(text.toString().getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void everyTruncationAndMutationOfTheExampleGetsAResult() {
        byte[] example = PublicCodeValidatorTests.resource("examples/standard-extended.yml");
        for (int end = 0; end < example.length; end += 3) {
            check(Arrays.copyOf(example, end));
        }
        Random random = new Random(11);
        for (int i = 0; i < 1000; i++) {
            byte[] mutated = example.clone();
            for (int flips = 1 + random.nextInt(4); flips > 0; flips--) {
                mutated[random.nextInt(mutated.length)] = (byte) random.nextInt(128);
            }
            check(mutated);
        }
    }

    private PublicCodeValidation check(byte[] content) {
        PublicCodeValidation validation =
                assertTimeoutPreemptively(Duration.ofSeconds(5), () -> validator.validate(content));
        assertThat(validation.errors())
                .extracting(PublicCodeProblem::messageKey)
                .doesNotContain(Findings.INTERNAL);
        assertThat(validation.errors()).allSatisfy(error -> {
            assertThat(error.line()).isPositive();
            assertThat(error.column()).isPositive();
        });
        return validation;
    }

    private static String nested(int depth) {
        StringBuilder text = new StringBuilder();
        for (int level = 0; level < depth; level++) {
            text.append(" ".repeat(level)).append("k").append(level).append(":\n");
        }
        return text.toString();
    }
}
