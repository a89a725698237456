package org.passerelle.web;

import static org.passerelle.web.Html.escape;

import java.util.List;
import java.util.Map;

/**
 * The HTML of listing cards and the stylesheet shared by our pages and embeds: light and dark
 * through {@code prefers-color-scheme}, a grid that reflows from one to several columns, and no
 * resource from anywhere but our origin. Every text is escaped here.
 */
final class CardHtml {

    static final String STYLE = """
            :root{color-scheme:light dark;--bg:#fff;--fg:#1d1d1f;--muted:#5b5b66;--card:#f5f5f7;--accent:#0b57d0}
            @media (prefers-color-scheme:dark){:root{--bg:#121214;--fg:#ececf1;--muted:#a5a5b2;--card:#1e1e22;--accent:#8ab4f8}}
            *{box-sizing:border-box}body{margin:0;padding:12px;font:15px/1.45 system-ui,sans-serif;background:var(--bg);color:var(--fg)}
            a{color:var(--accent)}a:focus-visible{outline:3px solid var(--accent);outline-offset:2px}
            h1{font-size:1.4rem;margin:.2rem 0 .8rem}
            ul.cards{list-style:none;margin:0;padding:0;display:grid;gap:12px;grid-template-columns:repeat(auto-fill,minmax(200px,1fr))}
            .card{background:var(--card);border-radius:10px;overflow:hidden;display:flex;flex-direction:column}
            .card img{width:100%;height:auto;aspect-ratio:4/3;object-fit:cover;display:block;background:var(--muted)}
            .card .body{padding:10px 12px 12px}.card h2{font-size:1rem;margin:0 0 4px}
            .card h2 a{text-decoration:none;color:inherit}.card h2 a:hover{text-decoration:underline}
            .meta,.credit{color:var(--muted);font-size:.85rem;margin:2px 0}.summary{margin:6px 0 0}
            .kind{text-transform:uppercase;letter-spacing:.04em;font-size:.75rem;color:var(--muted)}
            .more{margin-top:12px;display:inline-block}
            article.entry{max-width:760px;margin:0 auto}article.entry figure{margin:12px 0}
            article.entry figure img{max-width:100%;height:auto;border-radius:8px}
            """;

    private CardHtml() {
    }

    /** The cards as a list; links open in a new browsing context when {@code newTab} (inside iframes). */
    static String list(List<Card> cards, Map<String, String> labels, PublicUrls urls, boolean newTab) {
        if (cards.isEmpty()) {
            return "<p class=\"empty\">" + escape(labels.get("empty")) + "</p>\n";
        }
        StringBuilder html = new StringBuilder("<ul class=\"cards\">\n");
        cards.forEach(card -> html.append(card(card, labels, urls, newTab)));
        return html.append("</ul>\n").toString();
    }

    static String card(Card card, Map<String, String> labels, PublicUrls urls, boolean newTab) {
        String target = newTab ? " target=\"_blank\" rel=\"noopener\"" : "";
        StringBuilder html = new StringBuilder("<li class=\"card\">");
        if (card.image() != null) {
            html.append("<img src=\"").append(escape(urls.absolute(card.image().thumb()))).append("\" alt=\"")
                    .append(escape(card.image().alt())).append("\" loading=\"lazy\"");
            html.append(">");
        }
        html.append("<div class=\"body\"><p class=\"kind\">").append(escape(labels.get(card.kind()))).append("</p>");
        html.append("<h2><a href=\"").append(escape(urls.entryPage(card.id()))).append("\"").append(target)
                .append(">").append(escape(card.title())).append("</a></h2>");
        html.append(meta(card));
        if (card.summary() != null) {
            html.append("<p class=\"summary\">").append(escape(card.summary())).append("</p>");
        }
        if (card.image() != null && card.image().credit() != null) {
            html.append("<p class=\"credit\">").append(escape(labels.get("credit"))).append(": ")
                    .append(escape(card.image().credit()));
            if (card.image().license() != null) {
                html.append(" (").append(escape(card.image().license())).append(")");
            }
            html.append("</p>");
        }
        return html.append("</div></li>\n").toString();
    }

    static String meta(Card card) {
        StringBuilder html = new StringBuilder("<p class=\"meta\">");
        if (card.dated()) {
            html.append("<time datetime=\"").append(card.startDate()).append("\">").append(card.startDate())
                    .append("</time>");
            if (card.endDate() != null && !card.endDate().equals(card.startDate())) {
                html.append(" – <time datetime=\"").append(card.endDate()).append("\">").append(card.endDate())
                        .append("</time>");
            }
            html.append(" · ");
        }
        if (card.place() != null) {
            html.append(escape(card.place())).append(" · ");
        }
        return html.append(escape(card.territoryName())).append("</p>").toString();
    }
}
