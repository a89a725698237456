package org.passerelle.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import javax.xml.parsers.DocumentBuilderFactory;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.passerelle.support.PasserelleTest;
import org.passerelle.support.TestApi;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.w3c.dom.Document;

import tools.jackson.databind.JsonNode;

@PasserelleTest
class PublicReadTests {

    static final String HOSTILE = "<script>alert('x')</script><img src=x onerror=alert(1)>";

    @Autowired
    TestApi api;

    String published(String token, String body) {
        String id = api.draft(token, body).get("id").stringValue();
        api.publish(token, id);
        return id;
    }

    String exhibition(String token, String territory, String title) {
        return published(token, """
                {"territory": "%s", "kind": "exhibition", "title": {"fr": %s, "en": %s},
                 "summary": {"fr": "Tissus & teintures"}, "startDate": "2030-04-01", "endDate": "2030-06-30",
                 "venue": "Musée des Beaux-Arts", "location": {"lat": 48.69, "lon": 6.18},
                 "description": {"fr": "**Tissus** <script>alert(2)</script> [lien](javascript:alert(3))"}}
                """.formatted(territory, quoted(title), quoted(title)));
    }

    static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    static String text(MvcTestResult result) {
        return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }

    @Test
    void territoriesCountPublishedEntriesPerKindAndDescribePartners() {
        String nancy = api.territory("nancy");
        String kanazawa = api.territory("kanazawa", "JP");
        api.send("PUT", "/api/v1/territories/" + nancy + "/partners", TestApi.ADMIN,
                "[{\"territory\": \"" + kanazawa + "\", \"relation\": \"twinning\", \"since\": 1973}]");
        String editor = api.editorToken(nancy);
        exhibition(editor, nancy, "Textiles");
        api.publish(editor, api.craftDraft(editor, nancy, "Verre").get("id").stringValue());
        api.craftDraft(editor, nancy, "Brouillon");

        JsonNode list = api.body(api.get("/api/v1/territories"));
        JsonNode mine = null;
        for (JsonNode item : list.get("items")) {
            if (item.get("slug").stringValue().equals(nancy)) {
                mine = item;
            }
        }
        assertThat(mine).isNotNull();
        assertThat(mine.at("/entryCounts/exhibition").asInt()).isEqualTo(1);
        assertThat(mine.at("/entryCounts/craft").asInt()).isEqualTo(1);
        assertThat(mine.at("/entryCounts/event").asInt()).isZero();
        assertThat(mine.at("/entryCounts/total").asInt()).isEqualTo(2);

        var one = api.get("/api/v1/territories/" + kanazawa + "?lang=ja");
        assertThat(one).hasStatus(200).headers().containsHeaders(HttpHeaders.ETAG, HttpHeaders.CACHE_CONTROL);
        assertThat(one).bodyJson().extractingPath("$.partners[0].territory").isEqualTo(nancy);
        assertThat(one).bodyJson().extractingPath("$.partners[0].name").isEqualTo("町 " + nancy);
        assertThat(one).bodyJson().extractingPath("$.partners[0].entryCounts.total").isEqualTo(2);
    }

    @Test
    void jsonLdDescribesAnExhibitionWithDatesPlaceAndLanguage() {
        String territory = api.territory("chartres");
        String id = exhibition(api.editorToken(territory), territory, "Textiles d'ici");
        var result = api.mvc().get().uri("/api/v1/entries/" + id + "?lang=en").accept("application/ld+json").exchange();
        assertThat(result).hasStatus(200).hasContentType("application/ld+json");
        JsonNode ld = api.body(result);
        assertThat(ld.get("@context").stringValue()).isEqualTo("https://schema.org");
        assertThat(ld.get("@type").stringValue()).isEqualTo("ExhibitionEvent");
        assertThat(ld.get("name").stringValue()).isEqualTo("Textiles d'ici");
        assertThat(ld.get("inLanguage").stringValue()).isEqualTo("en");
        assertThat(ld.get("startDate").stringValue()).isEqualTo("2030-04-01");
        assertThat(ld.at("/location/name").stringValue()).isEqualTo("Musée des Beaux-Arts");
        assertThat(ld.at("/location/geo/latitude").asDouble()).isEqualTo(48.69);
        assertThat(ld.at("/location/address/addressCountry").stringValue()).isEqualTo("FR");
        assertThat(ld.get("url").stringValue()).isEqualTo("http://localhost/entries/" + id);

        String etag = result.getResponse().getHeader(HttpHeaders.ETAG);
        assertThat(etag).startsWith("\"").doesNotStartWith("W/");
        assertThat(etag).isNotEqualTo(api.get("/api/v1/entries/" + id + "?lang=en").getResponse()
                .getHeader(HttpHeaders.ETAG));
        assertThat(api.mvc().get().uri("/api/v1/entries/" + id + "?lang=en").accept("application/ld+json")
                .header(HttpHeaders.IF_NONE_MATCH, etag).exchange()).hasStatus(304);
        assertThat(api.get("/api/v1/entries/" + id)).hasStatus(200).hasContentTypeCompatibleWith("application/json");
    }

    @Test
    void jsonLdOfAHeritageSiteIsALandmarkAndATouristAttractionInEveryLanguage() {
        String territory = api.territory("kanazawa", "JP");
        String id = published(api.editorToken(territory), """
                {"territory": "%s", "kind": "heritage-site", "designation": "national",
                 "title": {"fr": "Jardin Kenroku-en", "ja": "兼六園"}}""".formatted(territory));
        JsonNode ld = api.body(api.mvc().get().uri("/api/v1/entries/" + id).accept("application/ld+json").exchange());
        assertThat(ld.get("@type").stringValue()).isEqualTo("LandmarksOrHistoricalBuildings");
        assertThat(ld.get("additionalType").stringValue()).isEqualTo("https://schema.org/TouristAttraction");
        assertThat(ld.at("/name/1/@language").stringValue()).isEqualTo("ja");
        assertThat(ld.at("/name/1/@value").stringValue()).isEqualTo("兼六園");
    }

    @Test
    void atomFeedListsRecentlyPublishedEntriesNewestFirstEscaped() throws Exception {
        String territory = api.territory("nancy");
        String editor = api.editorToken(territory);
        String first = exhibition(editor, territory, "Première");
        String hostile = exhibition(editor, territory, HOSTILE);
        var result = api.get("/api/v1/feeds/entries.atom?territory=" + territory + "&lang=fr");
        assertThat(result).hasStatus(200).hasContentTypeCompatibleWith("application/atom+xml")
                .headers().containsHeaders(HttpHeaders.ETAG, HttpHeaders.CACHE_CONTROL);
        byte[] xml = result.getResponse().getContentAsByteArray();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document feed = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        assertThat(feed.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/2005/Atom");
        var entries = feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry");
        assertThat(entries.getLength()).isEqualTo(2);
        var titles = feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "title");
        assertThat(titles.item(1).getTextContent()).isEqualTo(HOSTILE);
        assertThat(titles.item(2).getTextContent()).isEqualTo("Première");
        assertThat(new String(xml, StandardCharsets.UTF_8)).doesNotContain("<script>")
                .contains("http://localhost/entries/" + hostile).contains("http://localhost/entries/" + first);
        String etag = result.getResponse().getHeader(HttpHeaders.ETAG);
        assertThat(api.mvc().get().uri("/api/v1/feeds/entries.atom?territory=" + territory + "&lang=fr")
                .header(HttpHeaders.IF_NONE_MATCH, etag).exchange()).hasStatus(304);
    }

    @Test
    void entryPageEscapesTextsSanitisesMarkdownAndCarriesJsonLdOpenGraphAndOEmbedDiscovery() {
        String territory = api.territory("nancy");
        String id = exhibition(api.editorToken(territory), territory, HOSTILE + "</script>");
        var result = api.mvc().get().uri("/entries/" + id + "?lang=fr").accept("text/html").exchange();
        assertThat(result).hasStatus(200).hasContentTypeCompatibleWith("text/html")
                .headers().containsHeaders("Content-Security-Policy", HttpHeaders.ETAG);
        String html = text(result);
        var page = Jsoup.parse(html);
        assertThat(page.select("h1").text()).isEqualTo(HOSTILE + "</script>");
        assertThat(page.select("script")).hasSize(1);
        assertThat(page.select("script").attr("type")).isEqualTo("application/ld+json");
        assertThat(page.select("script").html()).doesNotContain("</script").contains("\\u003cscript");
        assertThat(page.select("img[onerror]")).isEmpty();
        assertThat(page.select(".description strong").text()).isEqualTo("Tissus");
        assertThat(page.select(".description a[href^=javascript]")).isEmpty();
        assertThat(page.select(".description").text()).contains("<script>alert(2)</script>");
        assertThat(page.select("meta[property=og:title]").attr("content")).isEqualTo(HOSTILE + "</script>");
        assertThat(page.select("link[type=application/json+oembed]").attr("href"))
                .isEqualTo("http://localhost/oembed?format=json&url=http%3A%2F%2Flocalhost%2Fentries%2F" + id);
    }

    @Test
    void oEmbedOfAnEntryPageIsARichIframeWithinMaxwidth() {
        String territory = api.territory("nancy");
        String id = exhibition(api.editorToken(territory), territory, HOSTILE);
        var result = api.get("/oembed?format=json&maxwidth=300&url=http://localhost/entries/" + id);
        assertThat(result).hasStatus(200).headers().containsHeaders(HttpHeaders.ETAG, HttpHeaders.CACHE_CONTROL);
        JsonNode body = api.body(result);
        assertThat(body.get("version").stringValue()).isEqualTo("1.0");
        assertThat(body.get("type").stringValue()).isEqualTo("rich");
        assertThat(body.get("width").asInt()).isEqualTo(300);
        var iframe = Jsoup.parseBodyFragment(body.get("html").stringValue()).select("iframe");
        assertThat(iframe).hasSize(1);
        assertThat(iframe.attr("src")).isEqualTo("http://localhost/embed/v1/entries/" + id);
        assertThat(iframe.attr("title")).isEqualTo(HOSTILE);
        assertThat(body.get("html").stringValue()).doesNotContain("<script");

        var embed = api.get("/embed/v1/entries/" + id);
        assertThat(embed).hasStatus(200).headers().doesNotContainHeader("X-Frame-Options");
        assertThat(embed.getResponse().getHeader("Content-Security-Policy")).contains("frame-ancestors *");
        assertThat(Jsoup.parse(text(embed)).select("h2").text()).isEqualTo(HOSTILE);
        assertThat(Jsoup.parse(text(embed)).select("script, img[onerror]")).isEmpty();
    }

    @Test
    void publicReadsAreOpenToOtherOriginsAndThePublishingApiIsNot() {
        var read = api.mvc().get().uri("/api/v1/territories").header(HttpHeaders.ORIGIN, "https://partner.example")
                .exchange();
        assertThat(read).hasStatus(200).headers().hasValue(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*");
        var preflight = api.mvc().options().uri("/api/v1/entries")
                .header(HttpHeaders.ORIGIN, "https://partner.example")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST").exchange();
        assertThat(preflight.getResponse().getHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN)).isNull();
        var withToken = api.mvc().options().uri("/api/v1/entries/abc")
                .header(HttpHeaders.ORIGIN, "https://partner.example")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "GET")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, "authorization").exchange();
        assertThat(withToken.getResponse().getHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN)).isNull();
        var admin = api.mvc().options().uri("/api/v1/admin/tokens")
                .header(HttpHeaders.ORIGIN, "https://partner.example")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "GET").exchange();
        assertThat(admin.getResponse().getHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN)).isNull();
    }

    @Nested
    class Refused {

        @Test
        void oEmbedOfAForeignOrUnknownUrlIsNotFound() {
            assertThat(api.get("/oembed?url=https://elsewhere.example/entries/abc")).hasStatus(404);
            assertThat(api.get("/oembed?url=http://localhost/entries/nope")).hasStatus(404);
            assertThat(api.get("/oembed?url=http://localhost/admin")).hasStatus(404);
            assertThat(api.get("/oembed?url=javascript:alert(1)")).hasStatus(404);
            assertThat(api.get("/oembed?url=%%%")).hasStatus(404);
        }

        @Test
        void oEmbedInXmlIsNotImplementedAndBadParametersAreBadRequests() {
            assertThat(api.get("/oembed?format=xml&url=http://localhost/entries/x")).hasStatus(501)
                    .hasContentTypeCompatibleWith("application/problem+json");
            assertThat(api.get("/oembed")).hasStatus(400);
            assertThat(api.get("/oembed?url=http://localhost/entries/x&maxwidth=wide")).hasStatus(400);
            assertThat(api.get("/oembed?url=http://localhost/entries/x&maxwidth=-3")).hasStatus(400);
        }

        @Test
        void feedParametersAreChecked() {
            assertThat(api.get("/api/v1/feeds/entries.atom?kind=castle")).hasStatus(400);
            assertThat(api.get("/api/v1/feeds/entries.atom?lang=de")).hasStatus(400);
            assertThat(api.get("/api/v1/feeds/entries.atom?territory=../x")).hasStatus(400);
            assertThat(api.get("/api/v1/feeds/entries.atom?territory=nowhere-at-all")).hasStatus(404);
        }

        @Test
        void draftsHaveNoPublicPageNorEmbed() {
            String territory = api.territory("nancy");
            String id = api.craftDraft(api.editorToken(territory), territory, "Brouillon").get("id").stringValue();
            assertThat(api.get("/entries/" + id)).hasStatus(404);
            assertThat(api.get("/embed/v1/entries/" + id)).hasStatus(404);
            assertThat(api.mvc().get().uri("/api/v1/entries/" + id).accept("application/ld+json").exchange())
                    .hasStatus(404);
        }
    }
}
