package org.passerelle.entry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.restdocs.headers.HeaderDocumentation.headerWithName;
import static org.springframework.restdocs.headers.HeaderDocumentation.requestHeaders;
import static org.springframework.restdocs.headers.HeaderDocumentation.responseHeaders;
import static org.springframework.restdocs.mockmvc.MockMvcRestDocumentation.document;
import static org.springframework.restdocs.mockmvc.RestDocumentationRequestBuilders.delete;
import static org.springframework.restdocs.mockmvc.RestDocumentationRequestBuilders.get;
import static org.springframework.restdocs.mockmvc.RestDocumentationRequestBuilders.post;
import static org.springframework.restdocs.mockmvc.RestDocumentationRequestBuilders.put;
import static org.springframework.restdocs.payload.PayloadDocumentation.fieldWithPath;
import static org.springframework.restdocs.payload.PayloadDocumentation.relaxedResponseFields;
import static org.springframework.restdocs.payload.PayloadDocumentation.requestFields;
import static org.springframework.restdocs.payload.PayloadDocumentation.responseFields;
import static org.springframework.restdocs.request.RequestDocumentation.parameterWithName;
import static org.springframework.restdocs.request.RequestDocumentation.pathParameters;
import static org.springframework.restdocs.request.RequestDocumentation.queryParameters;

import org.junit.jupiter.api.Test;
import org.passerelle.support.ApiDocs;
import org.passerelle.support.DocFields;
import org.passerelle.support.EntryFields;
import org.passerelle.support.TestApi;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.restdocs.payload.JsonFieldType;

/** The guide's entries section: the publishing workflow and the public read of one entry. */
@ApiDocs
class EntryDocumentationTests {

    static final String EXHIBITION = """
            {"territory": "%s", "kind": "exhibition", "title": {"fr": "Fils et teintures", "ja": "糸と染め",
             "en": "Threads and dyes"}, "summary": {"fr": "Textiles de Nancy et de Kanazawa", "en":
             "Textiles from Nancy and Kanazawa"}, "description": {"fr": "Une exposition **croisée**."},
             "startDate": "2030-04-01", "endDate": "2030-06-30", "venue": "Musée des Beaux-Arts",
             "address": "3 place Stanislas, Nancy", "location": {"lat": 48.6936, "lon": 6.1832},
             "artForms": ["craft", "design"], "tags": ["textile", "kaga-yuzen"], "website": "https://example.org/expo"}""";

    @Autowired
    TestApi api;

    String territory() {
        return api.territory("nancy");
    }

    String draft(String editor, String territory) {
        return api.draft(editor, EXHIBITION.formatted(territory)).get("id").stringValue();
    }

    @Test
    void createEntry() {
        String territory = territory();
        String editor = api.editorToken(territory);
        assertThat(api.mvc().perform(post("/api/v1/entries").header(HttpHeaders.AUTHORIZATION, TestApi.bearer(editor))
                .contentType(MediaType.APPLICATION_JSON).content(EXHIBITION.formatted(territory))))
                .hasStatus(201).apply(document("{method-name}",
                        requestHeaders(headerWithName(HttpHeaders.AUTHORIZATION)
                                .description("`Bearer <token>` of the territory's editor or of the admin")),
                        requestFields(EntryFields.editable()),
                        responseHeaders(headerWithName(HttpHeaders.LOCATION).description("URL of the new entry"),
                                headerWithName(HttpHeaders.ETAG).description("Version tag, to send as `If-Match`")),
                        responseFields(EntryFields.read())));
    }

    @Test
    void createEntryInvalid() {
        String territory = territory();
        String editor = api.editorToken(territory);
        assertThat(api.mvc().perform(post("/api/v1/entries").header(HttpHeaders.AUTHORIZATION, TestApi.bearer(editor))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"territory": "%s", "kind": "exhibition", "title": {"de": "Fäden"}, "startDate": "2030-06-30",
                         "endDate": "2030-04-01"}""".formatted(territory))))
                .hasStatus(422).apply(document("{method-name}", responseFields(DocFields.validationProblem())));
    }

    @Test
    void getEntry() {
        String territory = territory();
        String editor = api.editorToken(territory);
        String id = draft(editor, territory);
        api.publish(editor, id);
        assertThat(api.mvc().perform(get("/api/v1/entries/{id}?lang={lang}", id, "en")))
                .hasStatus(200).apply(document("{method-name}",
                        pathParameters(parameterWithName("id").description("The entry's id")),
                        queryParameters(parameterWithName("lang").optional()
                                .description("`fr`, `ja` or `en`: texts as strings in that language, with fallback")),
                        responseHeaders(headerWithName(HttpHeaders.ETAG).description(
                                        "Strong tag of this version and representation; send it as `If-None-Match`"),
                                headerWithName(HttpHeaders.CACHE_CONTROL).description("Public for published entries")),
                        responseFields(EntryFields.localized())));
    }

    @Test
    void getEntryNotModified() {
        String territory = territory();
        String editor = api.editorToken(territory);
        String id = draft(editor, territory);
        api.publish(editor, id);
        assertThat(api.mvc().perform(get("/api/v1/entries/{id}", id).header(HttpHeaders.IF_NONE_MATCH, "\"v2\"")))
                .hasStatus(304).apply(document("{method-name}", requestHeaders(headerWithName(HttpHeaders.IF_NONE_MATCH)
                        .description("The ETag of the representation the client has"))));
    }

    @Test
    void getEntryNotFound() {
        assertThat(api.mvc().perform(get("/api/v1/entries/{id}", "no-such-entry")))
                .hasStatus(404).apply(document("{method-name}", responseFields(DocFields.problem())));
    }

    @Test
    void getEntryAsJsonLd() {
        String territory = territory();
        String editor = api.editorToken(territory);
        String id = draft(editor, territory);
        api.publish(editor, id);
        assertThat(api.mvc().perform(get("/api/v1/entries/{id}?lang={lang}", id, "fr").accept("application/ld+json")))
                .hasStatus(200).apply(document("{method-name}",
                        requestHeaders(headerWithName(HttpHeaders.ACCEPT).description("`application/ld+json`")),
                        relaxedResponseFields(
                                fieldWithPath("@context").description("`https://schema.org`"),
                                fieldWithPath("@type").description("`LandmarksOrHistoricalBuildings` (heritage sites, "
                                        + "with `additionalType` `TouristAttraction`), `CreativeWork` (crafts), "
                                        + "`ExhibitionEvent` or `Event`"),
                                fieldWithPath("@id").description("URL of the entry's HTML page"),
                                fieldWithPath("name").description("Title: a string with `lang`, else a list of "
                                        + "`{\"@value\", \"@language\"}`"),
                                fieldWithPath("inLanguage").description("Language(s) of the texts"),
                                fieldWithPath("startDate").optional().type(JsonFieldType.STRING)
                                        .description("Exhibitions and events"),
                                fieldWithPath("location").optional().type(JsonFieldType.OBJECT).description(
                                        "Exhibitions and events: a `Place` with `address` and `geo` "
                                                + "(crafts: `locationCreated`; heritage sites carry them directly)"),
                                fieldWithPath("image").optional().type(JsonFieldType.ARRAY).description(
                                        "`ImageObject`s with `contentUrl`, `thumbnailUrl`, `caption`, `creditText` "
                                                + "and `license`"),
                                fieldWithPath("publisher").description("The territory, a `GovernmentOrganization`"))));
    }

    @Test
    void replaceEntry() {
        String territory = territory();
        String editor = api.editorToken(territory);
        String id = draft(editor, territory);
        assertThat(api.mvc().perform(put("/api/v1/entries/{id}", id)
                .header(HttpHeaders.AUTHORIZATION, TestApi.bearer(editor)).header(HttpHeaders.IF_MATCH, "\"v1\"")
                .contentType(MediaType.APPLICATION_JSON).content(EXHIBITION.formatted(territory)
                        .replace("2030-06-30", "2030-07-14"))))
                .hasStatus(200).apply(document("{method-name}",
                        pathParameters(parameterWithName("id").description("The entry's id")),
                        requestHeaders(headerWithName(HttpHeaders.AUTHORIZATION).description("Editor or admin token"),
                                headerWithName(HttpHeaders.IF_MATCH).description(
                                        "ETag of the version edited (required: 428 without, 412 when stale)")),
                        requestFields(EntryFields.editable()), responseFields(EntryFields.read())));
    }

    @Test
    void replaceEntryStale() {
        String territory = territory();
        String editor = api.editorToken(territory);
        String id = draft(editor, territory);
        api.publish(editor, id);
        assertThat(api.mvc().perform(put("/api/v1/entries/{id}", id)
                .header(HttpHeaders.AUTHORIZATION, TestApi.bearer(editor)).header(HttpHeaders.IF_MATCH, "\"v1\"")
                .contentType(MediaType.APPLICATION_JSON).content(EXHIBITION.formatted(territory))))
                .hasStatus(412).apply(document("{method-name}", responseFields(DocFields.problem())));
    }

    @Test
    void publishEntry() {
        String territory = territory();
        String editor = api.editorToken(territory);
        String id = draft(editor, territory);
        assertThat(api.mvc().perform(post("/api/v1/entries/{id}/publish", id)
                .header(HttpHeaders.AUTHORIZATION, TestApi.bearer(editor)).header(HttpHeaders.IF_MATCH, "\"v1\"")))
                .hasStatus(200).apply(document("{method-name}",
                        pathParameters(parameterWithName("id").description("The entry's id")),
                        requestHeaders(headerWithName(HttpHeaders.AUTHORIZATION).description("Editor or admin token"),
                                headerWithName(HttpHeaders.IF_MATCH).optional()
                                        .description("Optional: refuse (412) if the entry changed meanwhile")),
                        responseFields(EntryFields.read())));
    }

    @Test
    void archiveEntry() {
        String territory = territory();
        String editor = api.editorToken(territory);
        String id = draft(editor, territory);
        api.publish(editor, id);
        assertThat(api.mvc().perform(post("/api/v1/entries/{id}/archive", id)
                .header(HttpHeaders.AUTHORIZATION, TestApi.bearer(editor))))
                .hasStatus(200).apply(document("{method-name}",
                        pathParameters(parameterWithName("id").description("The entry's id")),
                        responseFields(EntryFields.read())));
    }

    @Test
    void publishEntryOfAnotherTerritory() {
        String territory = territory();
        String id = draft(api.editorToken(territory), territory);
        String other = api.editorToken(territory());
        assertThat(api.mvc().perform(post("/api/v1/entries/{id}/publish", id)
                .header(HttpHeaders.AUTHORIZATION, TestApi.bearer(other))))
                .hasStatus(404).apply(document("{method-name}", responseFields(DocFields.problem())));
    }

    @Test
    void deleteEntry() {
        String territory = territory();
        String editor = api.editorToken(territory);
        String id = draft(editor, territory);
        assertThat(api.mvc().perform(delete("/api/v1/entries/{id}", id)
                .header(HttpHeaders.AUTHORIZATION, TestApi.bearer(editor))))
                .hasStatus(204).apply(document("{method-name}",
                        pathParameters(parameterWithName("id").description("The entry's id"))));
    }
}
