package org.passerelle.web;

import static org.passerelle.web.Html.escape;

import java.util.List;
import java.util.Map;

import org.passerelle.shared.Lang;

/**
 * Self-contained documents for iframes: inline style, same-origin images, no script, links that open
 * outside the frame. A heading names the listing for screen readers.
 */
final class EmbedHtml {

    private EmbedHtml() {
    }

    static String listing(String title, List<Card> cards, String moreUrl, Lang lang, PublicUrls urls) {
        Map<String, String> labels = Cards.labels(lang);
        StringBuilder body = new StringBuilder();
        body.append("<h1>").append(escape(title)).append("</h1>\n");
        body.append(CardHtml.list(cards, labels, urls, true));
        if (moreUrl != null) {
            body.append("<a class=\"more\" href=\"").append(escape(moreUrl))
                    .append("\" target=\"_blank\" rel=\"noopener\">").append(escape(labels.get("more")))
                    .append("</a>\n");
        }
        return document(title, body.toString(), lang);
    }

    static String card(Card card, Lang lang, PublicUrls urls) {
        String body = "<ul class=\"cards\" style=\"grid-template-columns:1fr\">\n"
                + CardHtml.card(card, Cards.labels(lang), urls, true) + "</ul>\n";
        return document(card.title(), body, lang);
    }

    static String document(String title, String body, Lang lang) {
        return "<!DOCTYPE html>\n<html lang=\"" + (lang == null ? Lang.en : lang).name() + "\">\n<head>\n"
                + "<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<meta name=\"referrer\" content=\"strict-origin-when-cross-origin\">\n"
                + "<title>" + escape(title) + "</title>\n<style>" + CardHtml.STYLE + "</style>\n</head>\n<body>\n<main>\n"
                + body + "</main>\n</body>\n</html>\n";
    }
}
