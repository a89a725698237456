package org.passerelle.territory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.passerelle.support.PasserelleTest;
import org.passerelle.support.TestApi;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;

@PasserelleTest
class TerritoryTests {

    @Autowired
    TestApi api;

    @Test
    void aPartnershipDeclaredOnOneSideIsVisibleFromBoth() {
        String nancy = api.territory("nancy");
        String kanazawa = api.territory("kanazawa", "JP");
        assertThat(api.send("PUT", "/api/v1/territories/" + nancy + "/partners", TestApi.ADMIN, """
                [{"territory": "%s", "relation": "twinning", "since": 1973}]""".formatted(kanazawa))).hasStatus(200);

        var partner = api.get("/api/v1/territories/" + kanazawa);
        assertThat(partner).hasStatus(200).bodyJson().extractingPath("$.partners[0].territory").isEqualTo(nancy);
        assertThat(partner).bodyJson().extractingPath("$.partners[0].relation").isEqualTo("twinning");
        assertThat(partner).bodyJson().extractingPath("$.partners[0].since").isEqualTo(1973);
        assertThat(api.get("/api/v1/territories/" + nancy)).bodyJson().extractingPath("$.partners[0].territory")
                .isEqualTo(kanazawa);

        assertThat(api.send("PUT", "/api/v1/territories/" + kanazawa + "/partners", TestApi.ADMIN, "[]"))
                .hasStatus(200);
        assertThat(api.get("/api/v1/territories/" + nancy)).bodyJson().extractingPath("$.partners").asArray()
                .isEmpty();
    }

    @Test
    void aReadInOneLanguageFallsBackAndListsTheLanguages() {
        String slug = TestApi.unique("tomioka");
        api.send("POST", "/api/v1/territories", TestApi.ADMIN, """
                {"slug": "%s", "name": {"ja": "富岡市", "fr": "Tomioka"}, "country": "JP"}""".formatted(slug));
        var read = api.get("/api/v1/territories/" + slug + "?lang=en");
        assertThat(read).hasStatus(200).bodyJson().extractingPath("$.name").isEqualTo("Tomioka");
        assertThat(read).bodyJson().extractingPath("$.languages").asArray().containsExactly("fr", "ja");
        assertThat(api.get("/api/v1/territories/" + slug + "?lang=ja")).bodyJson().extractingPath("$.name")
                .isEqualTo("富岡市");
    }

    @Test
    void aReplacementKeepsPartnersAndAnswersNotModified() {
        String slug = api.territory("chartres");
        assertThat(api.send("PUT", "/api/v1/territories/" + slug, TestApi.ADMIN, """
                {"name": {"fr": "Chartres", "ja": "シャルトル"}, "country": "FR", "region": "Centre-Val de Loire"}"""))
                .hasStatus(200).bodyJson().extractingPath("$.region").isEqualTo("Centre-Val de Loire");
        var read = api.get("/api/v1/territories/" + slug);
        String etag = read.getResponse().getHeader(HttpHeaders.ETAG);
        assertThat(etag).startsWith("\"");
        assertThat(api.mvc().get().uri("/api/v1/territories/" + slug).header(HttpHeaders.IF_NONE_MATCH, etag)
                .exchange()).hasStatus(304);
    }

    @Nested
    class Refused {

        @Test
        void aDuplicateSlugIsAConflict() {
            String slug = api.territory("lyon");
            assertThat(api.send("POST", "/api/v1/territories", TestApi.ADMIN, """
                    {"slug": "%s", "name": {"fr": "Lyon"}, "country": "FR"}""".formatted(slug))).hasStatus(409);
        }

        @Test
        void invalidFieldsAreListed() {
            var result = api.send("POST", "/api/v1/territories", TestApi.ADMIN, """
                    {"slug": "Bad Slug!", "name": {}, "country": "France", "website": "ftp://x",
                     "location": {"lat": "48", "lon": 6}}""");
            assertThat(result).hasStatus(422).bodyJson().extractingPath("$.errors[*].field").asArray()
                    .contains("slug", "name", "country", "website", "location.lat");
        }

        @Test
        void partnersMustExistAndNotRepeatOrBeSelf() {
            String slug = api.territory("paris");
            assertThat(api.send("PUT", "/api/v1/territories/" + slug + "/partners", TestApi.ADMIN, """
                    [{"territory": "atlantis", "relation": "twinning"}]""")).hasStatus(422);
            assertThat(api.send("PUT", "/api/v1/territories/" + slug + "/partners", TestApi.ADMIN, """
                    [{"territory": "%s", "relation": "twinning"}]""".formatted(slug))).hasStatus(422);
            assertThat(api.send("PUT", "/api/v1/territories/" + slug + "/partners", TestApi.ADMIN, """
                    [{"territory": "kyoto", "relation": "marriage"}]""")).hasStatus(422)
                    .bodyJson().extractingPath("$.errors[0].field").isEqualTo("[0].relation");
            assertThat(api.send("PUT", "/api/v1/territories/" + slug + "/partners", TestApi.ADMIN, "{}"))
                    .hasStatus(422);
        }

        @Test
        void aReplacementCannotRenameAndUnknownTerritoriesAre404() {
            String slug = api.territory("yokohama");
            assertThat(api.send("PUT", "/api/v1/territories/" + slug, TestApi.ADMIN, """
                    {"slug": "other-name", "name": {"fr": "Y"}, "country": "JP"}""")).hasStatus(422);
            assertThat(api.send("PUT", "/api/v1/territories/nowhere-land", TestApi.ADMIN, """
                    {"name": {"fr": "Y"}, "country": "JP"}""")).hasStatus(404);
            assertThat(api.get("/api/v1/territories/nowhere-land")).hasStatus(404);
        }
    }
}
