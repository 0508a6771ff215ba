package de.lotse.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/** Every text of the interface is a message key, present in German and English. */
class MessagesTests {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([a-zA-Z0-9_.-]+)[}(]");
    private static final Set<String> TEXT_ATTRIBUTES = Set.of("title", "alt", "aria-label", "placeholder", "label");
    /** Elements whose text is literal data, not language: code samples such as e-mail addresses. */
    private static final Set<String> LITERAL_ELEMENTS = Set.of("code", "script", "style");

    @Test
    void germanAndEnglishHaveTheSameKeys() throws IOException {
        assertThat(load("messages_en.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(load("messages.properties").stringPropertyNames());
    }

    @Test
    void everyKeyUsedInATemplateExists() throws IOException {
        Set<String> german = load("messages.properties").stringPropertyNames();
        Set<String> used = new TreeSet<>();
        for (Path template : templates()) {
            Matcher matcher = MESSAGE_KEY.matcher(Files.readString(template));
            while (matcher.find()) {
                used.add(matcher.group(1));
            }
        }
        assertThat(used).isNotEmpty();
        assertThat(german).containsAll(used);
    }

    @Test
    void templatesHoldNoHardCodedText() throws IOException {
        List<String> hardCoded = new ArrayList<>();
        for (Path template : templates()) {
            Document document = Jsoup.parse(Files.readString(template), "", Parser.xmlParser());
            for (Element element : document.getAllElements()) {
                if (replacesItsText(element) || LITERAL_ELEMENTS.contains(element.tagName())) {
                    continue;
                }
                for (TextNode text : element.textNodes()) {
                    if (isLanguage(text.text()) && !insideReplacedElement(element)) {
                        hardCoded.add(TEMPLATES.relativize(template) + ": \""
                                + text.text().strip() + "\"");
                    }
                }
                element.attributes().forEach(attribute -> {
                    if (TEXT_ATTRIBUTES.contains(attribute.getKey()) && isLanguage(attribute.getValue())) {
                        hardCoded.add(TEMPLATES.relativize(template) + ": " + attribute.getKey() + "=\""
                                + attribute.getValue() + "\"");
                    }
                });
            }
        }
        assertThat(hardCoded).as("text in templates that is not a message key").isEmpty();
    }

    private static boolean replacesItsText(Element element) {
        return element.hasAttr("th:text")
                || element.hasAttr("th:utext")
                || element.hasAttr("th:errors")
                || element.hasAttr("th:replace");
    }

    private static boolean insideReplacedElement(Element element) {
        for (Element parent : element.parents()) {
            if (parent.hasAttr("th:text")
                    || parent.hasAttr("th:utext")
                    || LITERAL_ELEMENTS.contains(parent.tagName())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isLanguage(String text) {
        return text.codePoints().anyMatch(Character::isLetter);
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(file -> file.toString().endsWith(".html")).toList();
        }
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesTests.class.getResourceAsStream("/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
