package de.lotse.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownTextTests {

    @Test
    void rendersTheSafeSubset() {
        String html = MarkdownText.toHtml("## Ziel\n\nWir sind **digital** und *offen*.\n\n- eins\n- zwei\n\n"
                + "[Portal](https://musterstadt.example/portal)");
        assertThat(html)
                .contains("<h4>Ziel</h4>")
                .contains("<strong>digital</strong>", "<em>offen</em>")
                .contains("<ul>", "<li>eins</li>")
                .contains("href=\"https://musterstadt.example/portal\"")
                .contains("rel=\"nofollow noopener\"");
    }

    @Test
    void rawHtmlIsShownAsText() {
        String html = MarkdownText.toHtml("<script>alert(1)</script>\n\nText <b onmouseover=\"alert(1)\">fett</b>");
        assertThat(html).doesNotContain("<script", "<b ").contains("&lt;script&gt;", "&lt;b onmouseover");
    }

    @Test
    void dangerousLinksLoseTheirTarget() {
        assertThat(MarkdownText.toHtml("[Klick](javascript:alert(1)) [Daten](data:text/html;base64,PHNjcmlwdD4=)"))
                .doesNotContain("javascript:", "data:text");
        assertThat(MarkdownText.toHtml("<javascript:alert(1)>")).doesNotContain("href=\"javascript");
    }

    @Test
    void imagesBecomeTheirDescription() {
        String html = MarkdownText.toHtml("![Das Rathaus](https://example.org/x.png \"t\") ![](javascript:alert(1))");
        assertThat(html).doesNotContain("<img", "javascript").contains("Das Rathaus");
    }

    @Test
    void codeBlocksAndTablesAreNotPartOfTheSubset() {
        assertThat(MarkdownText.toHtml("    eingerückt\n\n```\ncode\n```")).doesNotContain("<pre>");
    }

    @Test
    void nothingGivesNothing() {
        assertThat(MarkdownText.toHtml(null)).isEmpty();
        assertThat(MarkdownText.toHtml("  ")).isEmpty();
    }
}
