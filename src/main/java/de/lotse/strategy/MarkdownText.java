package de.lotse.strategy;

import java.util.List;
import java.util.Set;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.DefaultUrlSanitizer;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Renders the safe Markdown subset of the vision to HTML: paragraphs, headings, lists, quotes,
 * emphasis and links to web or mail addresses. Raw HTML is shown as text, images as their
 * description, and links with other schemes (e.g. {@code javascript:}) lose their target, so a text
 * can never bring a script into a page.
 */
public final class MarkdownText {

    /** The page around the text has its own h1 and h2: the text's headings start below them. */
    private static final int HEADING_OFFSET = 2;

    private static final Parser PARSER = Parser.builder()
            .enabledBlockTypes(Set.of(Heading.class, BlockQuote.class, ListBlock.class, ThematicBreak.class))
            .postProcessor(MarkdownText::restrict)
            .build();

    private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
            .escapeHtml(true)
            .sanitizeUrls(true)
            .urlSanitizer(new DefaultUrlSanitizer(List.of("http", "https", "mailto")))
            .attributeProviderFactory(context -> (node, tagName, attributes) -> {
                if (node instanceof Link) {
                    attributes.put("rel", "nofollow noopener");
                    attributes.put("class", "kern-link");
                }
            })
            .build();

    private MarkdownText() {}

    /** The text as HTML that is safe to insert into a page unescaped. */
    public static String toHtml(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        return RENDERER.render(PARSER.parse(markdown));
    }

    private static Node restrict(Node document) {
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                heading.setLevel(Math.min(6, heading.getLevel() + HEADING_OFFSET));
                visitChildren(heading);
            }

            @Override
            public void visit(Image image) {
                Node child = image.getFirstChild();
                while (child != null) {
                    Node next = child.getNext();
                    image.insertBefore(child);
                    child = next;
                }
                image.unlink();
            }
        });
        return document;
    }
}
