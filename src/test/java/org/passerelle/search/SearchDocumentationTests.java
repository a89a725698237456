package org.passerelle.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.restdocs.headers.HeaderDocumentation.headerWithName;
import static org.springframework.restdocs.headers.HeaderDocumentation.requestHeaders;
import static org.springframework.restdocs.headers.HeaderDocumentation.responseHeaders;
import static org.springframework.restdocs.mockmvc.MockMvcRestDocumentation.document;
import static org.springframework.restdocs.mockmvc.RestDocumentationRequestBuilders.get;
import static org.springframework.restdocs.mockmvc.RestDocumentationRequestBuilders.post;
import static org.springframework.restdocs.payload.PayloadDocumentation.fieldWithPath;
import static org.springframework.restdocs.payload.PayloadDocumentation.responseFields;
import static org.springframework.restdocs.payload.PayloadDocumentation.subsectionWithPath;
import static org.springframework.restdocs.request.RequestDocumentation.parameterWithName;
import static org.springframework.restdocs.request.RequestDocumentation.pathParameters;
import static org.springframework.restdocs.request.RequestDocumentation.queryParameters;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.passerelle.support.ApiDocs;
import org.passerelle.support.DocFields;
import org.passerelle.support.TestApi;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.restdocs.payload.FieldDescriptor;
import org.springframework.restdocs.payload.JsonFieldType;

/** The guide's sections on search, GeoJSON, suggestions, related entries and the reindex. */
@ApiDocs
class SearchDocumentationTests {

    static final Duration DEADLINE = Duration.ofSeconds(30);

    @Autowired
    TestApi api;

    /** A territory with three published crafts about glass, indexed; returns its slug. */
    String glassTerritory() {
        String territory = api.territory("nancy");
        String editor = api.editorToken(territory);
        String[][] crafts = {
                {"Verrerie Daum", "Cristal taillé et pâte de verre", "48.6937", "6.1834", "glass"},
                {"Atelier de vitrail", "Vitraux et verre soufflé", "48.6921", "6.1790", "glass"},
                {"Faïence de Lunéville", "Terre vernissée et décor au grand feu", "48.5894", "6.4967", "pottery"}};
        for (String[] craft : crafts) {
            String id = api.draft(editor, """
                    {"territory": "%s", "kind": "craft", "craft": "%s", "training": true,
                     "title": {"fr": "%s"}, "summary": {"fr": "%s"},
                     "location": {"lat": %s, "lon": %s}, "tags": ["art nouveau"]}"""
                    .formatted(territory, craft[4], craft[0], craft[1], craft[2], craft[3])).get("id").stringValue();
            api.publish(editor, id);
        }
        await().atMost(DEADLINE).until(() -> api.body(api.get("/api/v1/entries?territory=" + territory))
                .get("total").asInt() == crafts.length);
        return territory;
    }

    static List<FieldDescriptor> item(String prefix) {
        return new ArrayList<>(List.of(
                fieldWithPath(prefix + "id").description("The entry's id"),
                fieldWithPath(prefix + "territory").description("Slug of its territory"),
                fieldWithPath(prefix + "slug").description("Its slug within the territory"),
                fieldWithPath(prefix + "kind").description("`heritage-site`, `craft`, `exhibition` or `event`"),
                subsectionWithPath(prefix + "title").description("Title: a string with `lang`, else multilingual"),
                subsectionWithPath(prefix + "summary").optional().description(
                        "Summary, when there is one: a string with `lang`, else multilingual"),
                subsectionWithPath(prefix + "location").optional().type(JsonFieldType.OBJECT)
                        .description("`{\"lat\", \"lon\"}`, when the entry is placed"),
                fieldWithPath(prefix + "thumbnail").optional().type(JsonFieldType.STRING)
                        .description("URL of the first image's `thumb` rendition, or null"),
                fieldWithPath(prefix + "startDate").optional().type(JsonFieldType.STRING)
                        .description("Exhibitions and events: first day"),
                fieldWithPath(prefix + "endDate").optional().type(JsonFieldType.STRING)
                        .description("Exhibitions and events: last day"),
                fieldWithPath(prefix + "tags").optional().type(JsonFieldType.ARRAY).description("Keywords"),
                fieldWithPath(prefix + "updatedAt").description("Instant of the last change"),
                fieldWithPath(prefix + "publishedAt").description("Instant of the last publication"),
                fieldWithPath(prefix + "distanceKm").optional().type(JsonFieldType.NUMBER)
                        .description("Distance from `near`, in km, when `near` is given"),
                subsectionWithPath(prefix + "highlight").optional().type(JsonFieldType.OBJECT).description(
                        "With `q`: `title` and/or `text` (from the summary, description or documents), matched "
                                + "words in `<mark>`, everything else HTML-escaped"),
                fieldWithPath(prefix + "languages").optional().type(JsonFieldType.ARRAY)
                        .description("With `lang`: languages the entry's texts exist in")));
    }

    @Test
    void searchEntries() {
        String territory = glassTerritory();
        assertThat(api.mvc().perform(get("/api/v1/entries?q={q}&territory={territory}&craft={craft}"
                + "&lang={lang}&size={size}&facets={facets}", "verre", territory, "glass", "fr", 1, "kind,craft")))
                .hasStatus(200).apply(document("{method-name}",
                        queryParameters(
                                parameterWithName("q").optional().description("Words, `\"phrases\"`, `-excluded` "
                                        + "words and `OR`; anything else is taken literally. Searches every language "
                                        + "of every text, tags, the territory's name and the entry's documents"),
                                parameterWithName("kind").optional().description("Entry kind (repeatable)"),
                                parameterWithName("territory").optional().description("Territory slug (repeatable)"),
                                parameterWithName("country").optional().description(
                                        "ISO 3166-1 alpha-2 country of the territory (repeatable)"),
                                parameterWithName("craft").optional().description("Craft (repeatable)"),
                                parameterWithName("designation").optional().description(
                                        "Heritage designation (repeatable)"),
                                parameterWithName("artForm").optional().description("Art form (repeatable)"),
                                parameterWithName("tag").optional().description("Tag (repeatable)"),
                                parameterWithName("training").optional().description(
                                        "`true`: crafts whose workshops take trainees"),
                                parameterWithName("from").optional().description(
                                        "Exhibitions and events ending on or after this day"),
                                parameterWithName("to").optional().description(
                                        "Exhibitions and events starting on or before this day"),
                                parameterWithName("near").optional().description("`lat,lon`: entries within `radius`"),
                                parameterWithName("radius").optional().description("km around `near` (default 10)"),
                                parameterWithName("bbox").optional().description(
                                        "`minLon,minLat,maxLon,maxLat`: entries inside the box"),
                                parameterWithName("lang").optional().description(
                                        "Texts as strings in this language, with fallback"),
                                parameterWithName("sort").optional().description("`relevance` (default with `q`), "
                                        + "`updated` (default without), `date`, `distance` (needs `near`), `title`"),
                                parameterWithName("size").optional().description("Items per page, 20 by default, "
                                        + "at most 100"),
                                parameterWithName("page").optional().description("Page number from 1"),
                                parameterWithName("cursor").optional().description(
                                        "The `next` of the previous page (instead of `page`)"),
                                parameterWithName("facets").optional().description("Comma list of `kind`, `country`, "
                                        + "`territory`, `craft`, `designation`, `artForm`, `tag`; all by default, "
                                        + "empty for none")),
                        responseHeaders(headerWithName(HttpHeaders.ETAG).description("Strong tag of this page"),
                                headerWithName(HttpHeaders.CACHE_CONTROL).description("Public, short-lived")),
                        responseFields(page()).and(
                                fieldWithPath("facets.kind[].value").description("A kind among the matches"),
                                fieldWithPath("facets.kind[].count").description("Matches of that kind"),
                                fieldWithPath("facets.craft[].value").description("A craft among the matches"),
                                fieldWithPath("facets.craft[].count").description("Matches of that craft"))));
    }

    static List<FieldDescriptor> page() {
        List<FieldDescriptor> fields = new ArrayList<>(List.of(
                fieldWithPath("total").description("Number of matching published entries"),
                fieldWithPath("next").optional().type(JsonFieldType.STRING)
                        .description("Cursor of the next page (for `cursor=`), null on the last page"),
                fieldWithPath("facets").type(JsonFieldType.OBJECT).description(
                        "Counts per value of each facet asked, over all matches (filters applied)"),
                fieldWithPath("lang").optional().type(JsonFieldType.STRING).description("The language asked")));
        fields.addAll(item("items[]."));
        return fields;
    }

    @Test
    void searchEntriesNextPage() {
        String territory = glassTerritory();
        String next = api.body(api.get("/api/v1/entries?territory=" + territory + "&sort=title&size=2&facets="))
                .get("next").stringValue();
        assertThat(api.mvc().perform(get("/api/v1/entries?territory={territory}&sort={sort}&size={size}"
                + "&facets=&cursor={cursor}", territory, "title", 2, next)))
                .hasStatus(200).apply(document("{method-name}",
                        queryParameters(parameterWithName("territory").description("As on the first page"),
                                parameterWithName("sort").description("As on the first page"),
                                parameterWithName("size").description("As on the first page"),
                                parameterWithName("facets").description("Empty: no facets"),
                                parameterWithName("cursor").description("The first page's `next`")),
                        responseFields(page())));
    }

    @Test
    void searchEntriesAsGeoJson() {
        String territory = glassTerritory();
        assertThat(api.mvc().perform(get("/api/v1/entries?territory={territory}&near={near}&radius={radius}"
                + "&sort={sort}&lang={lang}&size={size}", territory, "48.6930,6.1800", 5, "distance", "fr", 2)
                .header(HttpHeaders.ACCEPT, "application/geo+json")))
                .hasStatus(200).hasContentType("application/geo+json").apply(document("{method-name}",
                        requestHeaders(headerWithName(HttpHeaders.ACCEPT).description("`application/geo+json`")),
                        responseFields(
                                fieldWithPath("type").description("`FeatureCollection`"),
                                fieldWithPath("features[].type").description("`Feature`"),
                                fieldWithPath("features[].id").description("The entry's id"),
                                fieldWithPath("features[].geometry").type(JsonFieldType.OBJECT).optional()
                                        .description("A `Point`, or null for an entry without location"),
                                fieldWithPath("features[].geometry.type").description("`Point`"),
                                fieldWithPath("features[].geometry.coordinates").description(
                                        "`[lon, lat]`, in that order as GeoJSON wants"),
                                subsectionWithPath("features[].properties").description(
                                        "The search item (as in JSON) without its `location`"),
                                fieldWithPath("total").description("Number of matching entries"),
                                fieldWithPath("next").optional().type(JsonFieldType.STRING)
                                        .description("Cursor of the next page, null on the last"),
                                fieldWithPath("lang").optional().type(JsonFieldType.STRING)
                                        .description("The language asked"))));
    }

    @Test
    void searchEntriesWithAMalformedParameter() {
        assertThat(api.mvc().perform(get("/api/v1/entries?near={near}", "48.69"))).hasStatus(400)
                .apply(document("{method-name}", responseFields(DocFields.validationProblem())));
    }

    @Test
    void suggest() {
        glassTerritory();
        assertThat(api.mvc().perform(get("/api/v1/suggest?q={q}&lang={lang}&size={size}", "verr", "fr", 3)))
                .hasStatus(200).apply(document("{method-name}",
                        queryParameters(parameterWithName("q").description("What the visitor typed so far"),
                                parameterWithName("lang").optional().description("Titles in this language first"),
                                parameterWithName("size").optional().description("At most this many (default 10)")),
                        responseFields(fieldWithPath("[].text").description("A completion: an entry's title"),
                                fieldWithPath("[].entryId").description("The entry it names"))));
    }

    @Test
    void suggestTooMany() {
        assertThat(api.mvc().perform(get("/api/v1/suggest?q={q}&size={size}", "verr", 1000))).hasStatus(400)
                .apply(document("{method-name}", responseFields(DocFields.problem())));
    }

    @Test
    void relatedEntries() {
        String territory = glassTerritory();
        String id = api.body(api.get("/api/v1/entries?territory=" + territory + "&sort=title&size=1&facets="))
                .at("/items/0/id").stringValue();
        assertThat(api.mvc().perform(get("/api/v1/entries/{id}/related?size={size}&lang={lang}", id, 2, "fr")))
                .hasStatus(200).apply(document("{method-name}",
                        pathParameters(parameterWithName("id").description("A published entry's id")),
                        queryParameters(parameterWithName("size").optional().description("At most this many "
                                        + "(default 10)"),
                                parameterWithName("lang").optional().description("Texts in this language")),
                        responseHeaders(headerWithName(HttpHeaders.ETAG).description("Strong tag"),
                                headerWithName(HttpHeaders.CACHE_CONTROL).description("Public, short-lived")),
                        responseFields(item("items[].")).and(fieldWithPath("lang").optional()
                                .type(JsonFieldType.STRING).description("The language asked"))));
    }

    @Test
    void relatedEntriesOfAnUnknownEntry() {
        assertThat(api.mvc().perform(get("/api/v1/entries/{id}/related", "no-such-entry"))).hasStatus(404)
                .apply(document("{method-name}", responseFields(DocFields.problem())));
    }

    @Test
    void reindex() {
        assertThat(api.mvc().perform(post("/api/v1/admin/reindex")
                .header(HttpHeaders.AUTHORIZATION, TestApi.bearer(TestApi.ADMIN))))
                .hasStatus(202).apply(document("{method-name}",
                        requestHeaders(headerWithName(HttpHeaders.AUTHORIZATION).description("The admin's token")),
                        responseFields(fieldWithPath("status").description("`rebuilding`"))));
    }

    @Test
    void reindexAsEditor() {
        String editor = api.editorToken(api.territory("nancy"));
        assertThat(api.mvc().perform(post("/api/v1/admin/reindex")
                .header(HttpHeaders.AUTHORIZATION, TestApi.bearer(editor))))
                .hasStatus(403).apply(document("{method-name}", responseFields(DocFields.problem())));
    }
}
