package org.jiuzhu.core.notice;

import jakarta.inject.Singleton;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

import java.util.Map;

/**
 * Notice text to HTML. Raw HTML in the text is shown as text, never rendered ({@code <script>} stays words on the
 * page), links keep only safe schemes, and links leave with {@code rel="nofollow noopener"}: supervisors write
 * notices, but a notice may quote what someone else sent. Headings move one level down: the page's own heading is
 * the notice's title.
 */
@Singleton
public class Markdown {

    private final Parser parser = Parser.builder().build();
    private final HtmlRenderer renderer = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true)
            .attributeProviderFactory(context -> (node, tag, attributes) -> {
                if ("a".equals(tag)) {
                    attributes.putAll(Map.of("rel", "nofollow noopener"));
                }
            }).build();

    public String html(String markdown) {
        Node document = parser.parse(markdown);
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                heading.setLevel(Math.min(6, heading.getLevel() + 1));
                visitChildren(heading);
            }
        });
        return renderer.render(document);
    }
}
