package org.passerelle.web;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;
import org.springframework.stereotype.Component;

/**
 * Renders descriptions (Markdown written by editors) to safe HTML. Raw HTML in the Markdown is
 * escaped by the renderer and unsafe link schemes dropped; the result then goes through jsoup's
 * allow-list, so even a renderer bug cannot let a script, handler or style through.
 */
@Component
class Markdown {

    private static final Safelist ALLOWED = Safelist.basic().addTags("h1", "h2", "h3", "h4", "h5", "h6", "hr")
            .addProtocols("a", "href", "http", "https", "mailto")
            .addEnforcedAttribute("a", "rel", "nofollow noopener").preserveRelativeLinks(false);

    private final Parser parser = Parser.builder().build();
    private final HtmlRenderer renderer = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

    String toSafeHtml(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        String html = renderer.render(parser.parse(markdown));
        Document.OutputSettings output = new Document.OutputSettings().prettyPrint(false);
        return Jsoup.clean(html, "", ALLOWED, output);
    }
}
