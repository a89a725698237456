package org.passerelle.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.restdocs.headers.HeaderDocumentation.headerWithName;
import static org.springframework.restdocs.headers.HeaderDocumentation.responseHeaders;
import static org.springframework.restdocs.mockmvc.MockMvcRestDocumentation.document;
import static org.springframework.restdocs.mockmvc.RestDocumentationRequestBuilders.get;
import static org.springframework.restdocs.mockmvc.RestDocumentationRequestBuilders.post;
import static org.springframework.restdocs.mockmvc.RestDocumentationRequestBuilders.put;
import static org.springframework.restdocs.payload.PayloadDocumentation.fieldWithPath;
import static org.springframework.restdocs.payload.PayloadDocumentation.relaxedResponseFields;
import static org.springframework.restdocs.payload.PayloadDocumentation.requestFields;
import static org.springframework.restdocs.payload.PayloadDocumentation.responseFields;
import static org.springframework.restdocs.payload.PayloadDocumentation.subsectionWithPath;
import static org.springframework.restdocs.request.RequestDocumentation.parameterWithName;
import static org.springframework.restdocs.request.RequestDocumentation.pathParameters;
import static org.springframework.restdocs.request.RequestDocumentation.queryParameters;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.passerelle.support.ApiDocs;
import org.passerelle.support.DocFields;
import org.passerelle.support.TestApi;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.restdocs.payload.FieldDescriptor;
import org.springframework.restdocs.payload.JsonFieldType;

/** The guide's territories section: public reads with counts and partners, and the admin's changes. */
@ApiDocs
class TerritoryDocumentationTests {

    @Autowired
    TestApi api;

    static String body(String slug) {
        return """
                {"slug": "%s", "name": {"fr": "Kanazawa", "ja": "金沢市", "en": "Kanazawa"}, "country": "JP",
                 "region": "Ishikawa", "location": {"lat": 36.5613, "lon": 136.6562},
                 "website": "https://www4.city.kanazawa.lg.jp/", "sources": ["https://example.org/source"]}"""
                .formatted(slug);
    }

    static List<FieldDescriptor> editable() {
        return new ArrayList<>(List.of(
                fieldWithPath("slug").description("`[a-z0-9-]{2,64}`, the territory's identifier"),
                DocFields.multilingual("name", "Name"),
                fieldWithPath("country").description("ISO 3166-1 alpha-2 code, such as `FR` or `JP`"),
                fieldWithPath("region").optional().type(JsonFieldType.STRING).description("Region"),
                fieldWithPath("location").optional().type(JsonFieldType.OBJECT).description("`{\"lat\", \"lon\"}`"),
                fieldWithPath("location.lat").optional().type(JsonFieldType.NUMBER).description("Latitude"),
                fieldWithPath("location.lon").optional().type(JsonFieldType.NUMBER).description("Longitude"),
                fieldWithPath("website").optional().type(JsonFieldType.STRING).description("http(s) URL"),
                fieldWithPath("sources").optional().type(JsonFieldType.ARRAY).description("http(s) URLs of sources")));
    }

    static List<FieldDescriptor> read(String prefix, boolean withPartnerDetails) {
        List<FieldDescriptor> fields = new ArrayList<>();
        for (FieldDescriptor field : editable()) {
            fields.add(field.getClass().getSimpleName().equals("SubsectionDescriptor")
                    ? subsectionWithPath(prefix + field.getPath()).description(field.getDescription())
                    : fieldWithPath(prefix + field.getPath()).optional().type(field.getType())
                            .description(field.getDescription()));
        }
        fields.add(fieldWithPath(prefix + "partners[]").description("Partnerships, in both directions"));
        fields.add(fieldWithPath(prefix + "partners[].territory").optional().type(JsonFieldType.STRING)
                .description("Partner's slug"));
        fields.add(fieldWithPath(prefix + "partners[].relation").optional().type(JsonFieldType.STRING)
                .description("`twinning`, `cooperation` or `friendship`"));
        fields.add(fieldWithPath(prefix + "partners[].since").optional().type(JsonFieldType.NUMBER)
                .description("Year the partnership began"));
        if (withPartnerDetails) {
            fields.add(subsectionWithPath(prefix + "partners[].name").optional().type(JsonFieldType.VARIES)
                    .description("Partner's name"));
            fields.add(fieldWithPath(prefix + "partners[].country").optional().type(JsonFieldType.STRING)
                    .description("Partner's country"));
            fields.add(subsectionWithPath(prefix + "partners[].entryCounts").optional().type(JsonFieldType.OBJECT)
                    .description("Partner's published entries per kind"));
        }
        fields.add(subsectionWithPath(prefix + "entryCounts").description(
                "Published entries per kind (`heritage-site`, `craft`, `exhibition`, `event`) and `total`"));
        return fields;
    }

    @Test
    void listTerritories() {
        String slug = TestApi.unique("kanazawa");
        api.send("POST", "/api/v1/territories", TestApi.ADMIN, body(slug));
        assertThat(api.mvc().perform(get("/api/v1/territories"))).hasStatus(200).apply(document("{method-name}",
                queryParameters(parameterWithName("lang").optional().description("Names as strings in this language")),
                responseHeaders(headerWithName(HttpHeaders.ETAG).description("Strong tag of this representation"),
                        headerWithName(HttpHeaders.CACHE_CONTROL).description("Public, short-lived")),
                relaxedResponseFields(fieldWithPath("total").description("Number of territories"),
                        subsectionWithPath("items").description("The territories, as in <<territory-get>>"))));
    }

    @Test
    void getTerritory() {
        String nancy = api.territory("nancy");
        String slug = TestApi.unique("kanazawa");
        api.send("POST", "/api/v1/territories", TestApi.ADMIN, body(slug));
        api.send("PUT", "/api/v1/territories/" + slug + "/partners", TestApi.ADMIN,
                "[{\"territory\": \"" + nancy + "\", \"relation\": \"twinning\", \"since\": 1973}]");
        assertThat(api.mvc().perform(get("/api/v1/territories/{slug}", slug))).hasStatus(200).apply(document(
                "{method-name}", pathParameters(parameterWithName("slug").description("The territory's slug")),
                responseFields(read("", true))));
    }

    @Test
    void getTerritoryNotFound() {
        assertThat(api.mvc().perform(get("/api/v1/territories/{slug}", "atlantis"))).hasStatus(404)
                .apply(document("{method-name}", responseFields(DocFields.problem())));
    }

    @Test
    void createTerritory() {
        String slug = TestApi.unique("kanazawa");
        assertThat(api.mvc().perform(post("/api/v1/territories").header(HttpHeaders.AUTHORIZATION,
                TestApi.bearer(TestApi.ADMIN)).contentType(MediaType.APPLICATION_JSON).content(body(slug))))
                .hasStatus(201).apply(document("{method-name}", requestFields(editable()),
                        responseHeaders(headerWithName(HttpHeaders.LOCATION).description("The new territory"))));
    }

    @Test
    void createTerritoryDuplicate() {
        String slug = api.territory("nancy");
        assertThat(api.mvc().perform(post("/api/v1/territories").header(HttpHeaders.AUTHORIZATION,
                TestApi.bearer(TestApi.ADMIN)).contentType(MediaType.APPLICATION_JSON).content(body(slug))))
                .hasStatus(409).apply(document("{method-name}", responseFields(DocFields.problem())));
    }

    @Test
    void replaceTerritory() {
        String slug = api.territory("kanazawa");
        assertThat(api.mvc().perform(put("/api/v1/territories/{slug}", slug).header(HttpHeaders.AUTHORIZATION,
                TestApi.bearer(TestApi.ADMIN)).contentType(MediaType.APPLICATION_JSON).content(body(slug))))
                .hasStatus(200).apply(document("{method-name}",
                        pathParameters(parameterWithName("slug").description("The territory's slug")),
                        requestFields(editable())));
    }

    @Test
    void replacePartners() {
        String nancy = api.territory("nancy");
        String chartres = api.territory("chartres");
        String slug = api.territory("kanazawa");
        assertThat(api.mvc().perform(put("/api/v1/territories/{slug}/partners", slug)
                .header(HttpHeaders.AUTHORIZATION, TestApi.bearer(TestApi.ADMIN))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        [{"territory": "%s", "relation": "twinning", "since": 1973},
                         {"territory": "%s", "relation": "cooperation"}]""".formatted(nancy, chartres))))
                .hasStatus(200).apply(document("{method-name}",
                        pathParameters(parameterWithName("slug").description("The territory's slug")),
                        requestFields(fieldWithPath("[].territory").description("Partner's slug"),
                                fieldWithPath("[].relation").description("`twinning`, `cooperation` or `friendship`"),
                                fieldWithPath("[].since").optional().type(JsonFieldType.NUMBER)
                                        .description("Year it began"))));
    }

    @Test
    void replacePartnersInvalid() {
        String slug = api.territory("kanazawa");
        assertThat(api.mvc().perform(put("/api/v1/territories/{slug}/partners", slug)
                .header(HttpHeaders.AUTHORIZATION, TestApi.bearer(TestApi.ADMIN))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        [{"territory": "%s", "relation": "marriage"}]""".formatted(slug))))
                .hasStatus(422).apply(document("{method-name}", responseFields(DocFields.validationProblem())));
    }
}
