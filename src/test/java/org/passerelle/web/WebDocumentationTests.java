package org.passerelle.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.restdocs.headers.HeaderDocumentation.headerWithName;
import static org.springframework.restdocs.headers.HeaderDocumentation.responseHeaders;
import static org.springframework.restdocs.mockmvc.MockMvcRestDocumentation.document;
import static org.springframework.restdocs.mockmvc.RestDocumentationRequestBuilders.get;
import static org.springframework.restdocs.payload.PayloadDocumentation.fieldWithPath;
import static org.springframework.restdocs.payload.PayloadDocumentation.responseFields;
import static org.springframework.restdocs.payload.PayloadDocumentation.subsectionWithPath;
import static org.springframework.restdocs.request.RequestDocumentation.parameterWithName;
import static org.springframework.restdocs.request.RequestDocumentation.pathParameters;
import static org.springframework.restdocs.request.RequestDocumentation.queryParameters;

import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.passerelle.support.ApiDocs;
import org.passerelle.support.DocFields;
import org.passerelle.support.TestApi;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.restdocs.payload.JsonFieldType;

/** The guide's sections on promotions, the feed, oEmbed, pages, embeds and the widget. */
@ApiDocs
class WebDocumentationTests {

    @Autowired
    TestApi api;

    String publishedExhibition() {
        String territory = api.territory("nancy");
        String editor = api.editorToken(territory);
        String id = api.draft(editor, """
                {"territory": "%s", "kind": "exhibition", "title": {"fr": "Fils et teintures", "en": "Threads and dyes"},
                 "summary": {"fr": "Textiles de Nancy et de Kanazawa"}, "startDate": "2030-04-01",
                 "endDate": "2030-06-30", "venue": "Musée des Beaux-Arts",
                 "description": {"fr": "Une exposition **croisée**."}}""".formatted(territory)).get("id").stringValue();
        api.publish(editor, id);
        return id;
    }

    @Test
    void entriesFeed() {
        String id = publishedExhibition();
        String territory = api.body(api.get("/api/v1/entries/" + id)).get("territory").stringValue();
        assertThat(api.mvc().perform(get("/api/v1/feeds/entries.atom?territory={territory}&kind={kind}&lang={lang}",
                territory, "exhibition", "fr"))).hasStatus(200).apply(document("{method-name}",
                queryParameters(parameterWithName("territory").optional().description("Only this territory's entries"),
                        parameterWithName("kind").optional().description("Only entries of this kind"),
                        parameterWithName("lang").optional().description("Language of titles and summaries "
                                + "(with fallback; English when absent)")),
                responseHeaders(headerWithName(HttpHeaders.ETAG).description("Strong tag of the feed"),
                        headerWithName(HttpHeaders.CACHE_CONTROL).description("Public, short-lived"))));
    }

    @Test
    void entriesFeedOfAnUnknownKind() {
        assertThat(api.mvc().perform(get("/api/v1/feeds/entries.atom?kind={kind}", "castle"))).hasStatus(400)
                .apply(document("{method-name}", responseFields(DocFields.problem())));
    }

    @Test
    void oembedOfAnEntry() {
        String id = publishedExhibition();
        assertThat(api.mvc().perform(get("/oembed?url={url}&format=json&maxwidth=400",
                "https://passerelle.example.org/entries/" + id))).hasStatus(200).apply(document("{method-name}",
                queryParameters(parameterWithName("url").description("URL of one of our entry pages "
                                + "(`/entries/{id}`) or listing pages (`/listing?territory=&kind=&q=&lang=&size=`)"),
                        parameterWithName("format").optional().description("`json` (the default); others are 501"),
                        parameterWithName("maxwidth").optional().description("Widest iframe the consumer accepts"),
                        parameterWithName("maxheight").optional().description("Tallest iframe the consumer accepts")),
                responseFields(fieldWithPath("version").description("`1.0`"),
                        fieldWithPath("type").description("`rich`"),
                        fieldWithPath("provider_name").description("`Passerelle`"),
                        fieldWithPath("provider_url").description("This service"),
                        fieldWithPath("title").description("Title of the entry or listing"),
                        fieldWithPath("cache_age").type(JsonFieldType.NUMBER).description("Seconds it may be cached"),
                        fieldWithPath("html").description("A sandboxed iframe on our embed, escaped"),
                        fieldWithPath("width").description("Width of the iframe, at most `maxwidth`"),
                        fieldWithPath("height").description("Height of the iframe, at most `maxheight`"))));
    }

    @Test
    void oembedOfAForeignUrl() {
        assertThat(api.mvc().perform(get("/oembed?url={url}", "https://elsewhere.example/entries/x")))
                .hasStatus(404).apply(document("{method-name}", responseFields(DocFields.problem())));
    }

    @Test
    void oembedAsXml() {
        String id = publishedExhibition();
        assertThat(api.mvc().perform(get("/oembed?url={url}&format=xml",
                "https://passerelle.example.org/entries/" + id)))
                .hasStatus(501).apply(document("{method-name}", responseFields(DocFields.problem())));
    }

    @Test
    void entryPage() {
        String id = publishedExhibition();
        assertThat(api.mvc().perform(get("/entries/{id}?lang={lang}", id, "fr"))).hasStatus(200)
                .apply(document("{method-name}", pathParameters(parameterWithName("id").description("The entry's id")),
                        queryParameters(parameterWithName("lang").optional().description("Language of the page")),
                        responseHeaders(headerWithName("Content-Security-Policy")
                                .description("No script, same-origin images only"))));
    }

    @Test
    void entryEmbed() {
        String id = publishedExhibition();
        assertThat(api.mvc().perform(get("/embed/v1/entries/{id}?lang={lang}", id, "fr"))).hasStatus(200)
                .apply(document("{method-name}", pathParameters(parameterWithName("id").description("The entry's id")),
                        queryParameters(parameterWithName("lang").optional().description("Language of the card")),
                        responseHeaders(headerWithName("Content-Security-Policy")
                                .description("No script, same-origin images, `frame-ancestors *`"))));
    }

    static final Duration DEADLINE = Duration.ofSeconds(30);

    /** Kanazawa twinned with a Nancy that publishes an upcoming exhibition and a craft; returns both slugs. */
    String[] twinnedTerritories() {
        String kanazawa = api.territory("kanazawa", "JP");
        String nancy = api.territory("nancy");
        api.send("PUT", "/api/v1/territories/" + kanazawa + "/partners", TestApi.ADMIN,
                "[{\"territory\": \"" + nancy + "\", \"relation\": \"twinning\", \"since\": 1973}]");
        String editor = api.editorToken(nancy);
        String craft = api.craftDraft(editor, nancy, "Verrerie Daum").get("id").stringValue();
        api.publish(editor, craft);
        String exhibition = api.draft(editor, """
                {"territory": "%s", "kind": "exhibition", "title": {"fr": "Fils et teintures", "ja": "糸と染め"},
                 "startDate": "%s", "endDate": "%s", "venue": "Musée des Beaux-Arts"}"""
                .formatted(nancy, LocalDate.now().plusDays(20), LocalDate.now().plusDays(80))).get("id").stringValue();
        api.publish(editor, exhibition);
        await().atMost(DEADLINE).until(() -> api.body(api.get("/api/v1/entries?territory=" + nancy))
                .get("total").asInt() == 2);
        return new String[] {kanazawa, nancy};
    }

    @Test
    void promotions() {
        String kanazawa = twinnedTerritories()[0];
        assertThat(api.mvc().perform(get("/api/v1/territories/{slug}/promotions?lang={lang}&size={size}",
                kanazawa, "ja", 5))).hasStatus(200).apply(document("{method-name}",
                pathParameters(parameterWithName("slug").description("The territory whose partners are promoted")),
                queryParameters(parameterWithName("kind").optional().description("Only entries of this kind"),
                        parameterWithName("lang").optional().description("Texts in this language, with fallback"),
                        parameterWithName("size").optional().description("At most this many (12 by default, "
                                + "at most 50)")),
                responseHeaders(headerWithName(HttpHeaders.ETAG).description("Strong tag"),
                        headerWithName(HttpHeaders.CACHE_CONTROL).description("Public, short-lived")),
                responseFields(fieldWithPath("territory").description("The territory asked"),
                        fieldWithPath("partners").description("Slugs of its partners"),
                        fieldWithPath("total").description("Number of items"),
                        fieldWithPath("lang").optional().type(JsonFieldType.STRING).description("The language asked"),
                        subsectionWithPath("items").description("Search items (as in <<search>>): upcoming and "
                                + "current exhibitions and events first, soonest first; then the freshest "
                                + "entries; events that are over last"))));
    }

    @Test
    void promotionsOfAnUnknownTerritory() {
        assertThat(api.mvc().perform(get("/api/v1/territories/{slug}/promotions", "atlantis"))).hasStatus(404)
                .apply(document("{method-name}", responseFields(DocFields.problem())));
    }

    @Test
    void embeddedListing() {
        String nancy = twinnedTerritories()[1];
        assertThat(api.mvc().perform(get("/embed/v1/listing?territory={territory}&kind={kind}&lang={lang}&size={size}",
                nancy, "exhibition", "fr", 6))).hasStatus(200).apply(document("{method-name}",
                queryParameters(parameterWithName("territory").optional().description("Only this territory's entries"),
                        parameterWithName("kind").optional().description("Only entries of this kind"),
                        parameterWithName("q").optional().description("Search words, as `q` of <<search>>"),
                        parameterWithName("lang").optional().description("Language of the listing"),
                        parameterWithName("size").optional().description("Number of cards (12 by default, "
                                + "clamped to 1..50)")),
                responseHeaders(headerWithName("Content-Security-Policy")
                        .description("No script, same-origin images only, `frame-ancestors *`"))));
    }

    @Test
    void listingPage() {
        String nancy = twinnedTerritories()[1];
        assertThat(api.mvc().perform(get("/listing?territory={territory}&lang={lang}", nancy, "fr")))
                .hasStatus(200).apply(document("{method-name}",
                        queryParameters(parameterWithName("territory").optional().description(
                                        "Only this territory's entries"),
                                parameterWithName("kind").optional().description("Only entries of this kind"),
                                parameterWithName("q").optional().description("Search words"),
                                parameterWithName("lang").optional().description("Language of the page"),
                                parameterWithName("size").optional().description("Number of cards")),
                        responseHeaders(headerWithName("Content-Security-Policy")
                                .description("No script, same-origin images only, framed by our own pages only"))));
    }

    @Test
    void listingWidget() {
        assertThat(api.mvc().perform(get("/embed/v1/widget.js"))).hasStatus(200).apply(document("{method-name}",
                responseHeaders(headerWithName(HttpHeaders.CONTENT_TYPE).description("`text/javascript`"),
                        headerWithName(HttpHeaders.ETAG).description("Strong tag"),
                        headerWithName(HttpHeaders.CACHE_CONTROL).description("Public"))));
    }

    @Test
    void entryPageNotFound() {
        assertThat(api.mvc().perform(get("/entries/{id}", "no-such-entry").header(HttpHeaders.ACCEPT, "text/html")))
                .hasStatus(404).apply(document("{method-name}", responseFields(DocFields.problem())));
    }
}
