package org.passerelle.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.passerelle.support.PasserelleTest;
import org.passerelle.support.TestApi;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;

import tools.jackson.databind.JsonNode;

/** Cross-promotion, listings and the widget, over the search index (which follows the store a moment later). */
@PasserelleTest
class PartnerEmbedTests {

    static final Duration DEADLINE = Duration.ofSeconds(20);

    @Autowired
    TestApi api;

    String publish(String editor, String body) {
        String id = api.draft(editor, body).get("id").stringValue();
        api.publish(editor, id);
        return id;
    }

    String dated(String editor, String territory, String title, LocalDate start, LocalDate end) {
        return publish(editor, """
                {"territory": "%s", "kind": "event", "title": {"fr": %s}, "startDate": "%s", "endDate": "%s"}"""
                .formatted(territory, PublicReadTests.quoted(title), start, end));
    }

    List<String> ids(JsonNode body) {
        List<String> ids = new ArrayList<>();
        body.get("items").forEach(item -> ids.add(item.get("id").stringValue()));
        return ids;
    }

    @Test
    void promotionsShowPartnersEntriesUpcomingEventsFirstThenTheFreshestAndPastEventsLast() {
        String kanazawa = api.territory("kanazawa", "JP");
        String nancy = api.territory("nancy");
        String stranger = api.territory("elsewhere");
        api.send("PUT", "/api/v1/territories/" + kanazawa + "/partners", TestApi.ADMIN,
                "[{\"territory\": \"" + nancy + "\", \"relation\": \"twinning\"}]");
        String editor = api.editorToken(nancy);
        LocalDate today = LocalDate.now();
        String craft = api.craftDraft(editor, nancy, "Verre de Nancy").get("id").stringValue();
        api.publish(editor, craft);
        String later = dated(editor, nancy, "Festival d'été", today.plusDays(60), today.plusDays(62));
        // fresher than the craft, yet over: it goes last
        String past = dated(editor, nancy, "Fête passée", today.minusDays(90), today.minusDays(88));
        String soon = dated(editor, nancy, "Marché de Noël", today.plusDays(5), today.plusDays(7));
        String foreign = api.craftDraft(api.editorToken(stranger), stranger, "Ailleurs").get("id").stringValue();
        api.publish(api.editorToken(stranger), foreign);

        await().atMost(DEADLINE).untilAsserted(() -> assertThat(ids(api.body(
                api.get("/api/v1/territories/" + kanazawa + "/promotions?lang=fr"))))
                .containsExactly(soon, later, craft, past));
        var result = api.get("/api/v1/territories/" + kanazawa + "/promotions?lang=fr&kind=event&size=2");
        assertThat(result).hasStatus(200).headers().containsHeaders(HttpHeaders.ETAG, HttpHeaders.CACHE_CONTROL);
        assertThat(ids(api.body(result))).containsExactly(soon, later);
        assertThat(api.body(result).at("/items/0/title").stringValue()).isEqualTo("Marché de Noël");
    }

    @Test
    void embeddedListingIsSelfContainedEscapedAndFramable() {
        String territory = api.territory("nancy");
        String editor = api.editorToken(territory);
        String hostile = dated(editor, territory, PublicReadTests.HOSTILE, LocalDate.now().plusDays(3),
                LocalDate.now().plusDays(4));
        await().atMost(DEADLINE).until(() -> PublicReadTests.text(
                api.get("/embed/v1/listing?territory=" + territory + "&lang=fr")).contains(hostile));
        var result = api.get("/embed/v1/listing?territory=" + territory + "&lang=fr&size=9999&kind=castle");
        assertThat(result).hasStatus(200).hasContentTypeCompatibleWith("text/html")
                .headers().doesNotContainHeader("X-Frame-Options");
        String csp = result.getResponse().getHeader("Content-Security-Policy");
        assertThat(csp).contains("default-src 'none'").contains("img-src 'self'").contains("frame-ancestors *")
                .doesNotContain("script-src");
        var page = Jsoup.parse(PublicReadTests.text(result));
        assertThat(page.select("h2 a").text()).isEqualTo(PublicReadTests.HOSTILE);
        assertThat(page.select("script, img[onerror], [onerror]")).isEmpty();
        assertThat(page.select("link[rel=stylesheet], script[src]")).isEmpty();
        assertThat(page.select("h2 a").attr("target")).isEqualTo("_blank");
        assertThat(page.select("html").attr("lang")).isEqualTo("fr");
    }

    @Test
    void oEmbedOfAListingPagePointsAtTheEmbeddedListing() {
        String territory = api.territory("nancy");
        var page = api.get("/listing?territory=" + territory + "&kind=event&lang=ja");
        assertThat(page).hasStatus(200);
        String discovery = Jsoup.parse(PublicReadTests.text(page)).select("link[type=application/json+oembed]")
                .attr("href");
        String oembedUri = discovery.substring("http://localhost".length());
        JsonNode oembed = api.body(api.mvc().get().uri(java.net.URI.create(oembedUri)).exchange());
        assertThat(oembed.get("type").stringValue()).isEqualTo("rich");
        assertThat(Jsoup.parseBodyFragment(oembed.get("html").stringValue()).select("iframe").attr("src"))
                .isEqualTo("http://localhost/embed/v1/listing?territory=" + territory + "&kind=event&lang=ja&size=12");
    }

    @Test
    void widgetScriptIsServedWithCachingAndSetsTextsOnlyThroughTextContent() {
        var result = api.mvc().get().uri("/embed/v1/widget.js").header(HttpHeaders.ORIGIN, "https://partner.example")
                .exchange();
        assertThat(result).hasStatus(200).hasContentTypeCompatibleWith("text/javascript")
                .headers().containsHeaders(HttpHeaders.ETAG, HttpHeaders.CACHE_CONTROL)
                .hasValue(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*");
        String script = PublicReadTests.text(result);
        assertThat(script).contains("customElements.define('passerelle-listing'").contains("attachShadow")
                .doesNotContain("innerHTML").doesNotContain("insertAdjacentHTML").doesNotContain("eval(");
    }

    @Nested
    class Refused {

        @Test
        void promotionsOfAnUnknownTerritoryOrWithBadParameters() {
            String territory = api.territory("nancy");
            assertThat(api.get("/api/v1/territories/atlantis-0/promotions")).hasStatus(404);
            assertThat(api.get("/api/v1/territories/" + territory + "/promotions?size=1000")).hasStatus(400);
            assertThat(api.get("/api/v1/territories/" + territory + "/promotions?size=x")).hasStatus(400);
            assertThat(api.get("/api/v1/territories/" + territory + "/promotions?kind=castle")).hasStatus(400);
            assertThat(api.get("/api/v1/territories/" + territory + "/promotions?lang=de")).hasStatus(400);
            assertThat(api.get("/api/v1/territories/" + territory + "/promotions")).hasStatus(200)
                    .bodyJson().extractingPath("$.items").asArray().isEmpty();
        }
    }
}
