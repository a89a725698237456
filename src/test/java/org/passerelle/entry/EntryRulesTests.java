package org.passerelle.entry;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.passerelle.support.PasserelleTest;
import org.passerelle.support.TestApi;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import tools.jackson.databind.JsonNode;

/** The entry rules of the contract: kinds and their fields, slugs, versions, revisions, read-only fields. */
@PasserelleTest
class EntryRulesTests {

    @Autowired
    TestApi api;

    String territory;
    String editor;

    @BeforeEach
    void territoryWithEditor() {
        territory = api.territory("chartres");
        editor = api.editorToken(territory);
    }

    MvcTestResult create(String json) {
        return api.send("POST", "/api/v1/entries", editor, json);
    }

    MvcTestResult put(String id, String ifMatch, String json) {
        var request = api.mvc().put().uri("/api/v1/entries/" + id)
                .header(HttpHeaders.AUTHORIZATION, TestApi.bearer(editor))
                .contentType(MediaType.APPLICATION_JSON).content(json);
        if (ifMatch != null) {
            request = request.header(HttpHeaders.IF_MATCH, ifMatch);
        }
        return request.exchange();
    }

    @Test
    void everyKindKeepsItsOwnFields() {
        JsonNode site = api.draft(editor, """
                {"territory": "%s", "kind": "heritage-site", "title": {"fr": "Cathédrale Notre-Dame de Chartres"},
                 "designation": "world-heritage", "inscribedYear": 1979, "location": {"lat": 48.4477, "lon": 1.4879},
                 "artForms": ["heritage"], "tags": ["vitrail", "gothique"], "website": "https://www.cathedrale-chartres.org/"}
                """.formatted(territory));
        assertThat(site.get("designation").stringValue()).isEqualTo("world-heritage");
        assertThat(site.get("inscribedYear").intValue()).isEqualTo(1979);
        assertThat(site.get("location").get("lat").doubleValue()).isEqualTo(48.4477);

        JsonNode event = api.draft(editor, """
                {"territory": "%s", "kind": "event", "title": {"fr": "Chartres en lumières"},
                 "startDate": "2027-04-10", "endDate": "2027-04-10", "venue": "Centre-ville"}
                """.formatted(territory));
        assertThat(event.get("startDate").stringValue()).isEqualTo("2027-04-10");
        assertThat(event.get("venue").stringValue()).isEqualTo("Centre-ville");

        JsonNode craft = api.draft(editor, """
                {"territory": "%s", "kind": "craft", "craft": "glass", "training": true, "title": {"ja": "ステンドグラス"}}
                """.formatted(territory));
        assertThat(craft.get("training").booleanValue()).isTrue();
        assertThat(craft.get("slug").stringValue()).startsWith("entry-");
    }

    @Test
    void slugIsDerivedFromTheTitleAndMadeUniqueWhenAbsent() {
        JsonNode first = api.craftDraft(editor, territory, "Vitrail d'art");
        JsonNode second = api.craftDraft(editor, territory, "Vitrail d’art");
        assertThat(first.get("slug").stringValue()).isEqualTo("vitrail-d-art");
        assertThat(second.get("slug").stringValue()).isEqualTo("vitrail-d-art-2");
    }

    @Test
    void readOnlyFieldsInABodyAreNeverApplied() {
        JsonNode created = api.draft(editor, """
                {"territory": "%s", "kind": "craft", "craft": "glass", "title": {"fr": "Verre"},
                 "id": "chosen-id", "status": "published", "version": 99, "createdAt": "2001-01-01T00:00:00Z",
                 "publishedAt": "2001-01-01T00:00:00Z", "media": [{"id": "x"}]}
                """.formatted(territory));
        assertThat(created.get("id").stringValue()).isNotEqualTo("chosen-id");
        assertThat(created.get("status").stringValue()).isEqualTo("draft");
        assertThat(created.get("version").longValue()).isEqualTo(1);
        assertThat(created.get("createdAt").stringValue()).doesNotStartWith("2001");
        assertThat(created.get("publishedAt").isNull()).isTrue();
        assertThat(created.get("media")).isEmpty();
    }

    @Test
    void everyChangeKeepsThePreviousVersionNewestFirst() {
        String id = api.craftDraft(editor, territory, "Premier titre").get("id").stringValue();
        assertThat(put(id, "\"v1\"", """
                {"kind": "craft", "craft": "glass", "title": {"fr": "Deuxième titre"}}""")).hasStatus(200);
        api.publish(editor, id);

        MvcTestResult revisions = api.send("GET", "/api/v1/entries/" + id + "/revisions", editor, null);
        assertThat(revisions).hasStatus(200);
        JsonNode items = api.body(revisions).get("items");
        assertThat(items).hasSize(2);
        assertThat(items.get(0).get("version").longValue()).isEqualTo(2);
        assertThat(items.get(0).get("title").get("fr").stringValue()).isEqualTo("Deuxième titre");
        assertThat(items.get(0).get("status").stringValue()).isEqualTo("draft");
        assertThat(items.get(1).get("version").longValue()).isEqualTo(1);
        assertThat(items.get(1).get("title").get("fr").stringValue()).isEqualTo("Premier titre");
    }

    @Test
    void publicReadAnswersNotModifiedToItsOwnEtag() {
        String id = api.craftDraft(editor, territory, "Céramique").get("id").stringValue();
        api.publish(editor, id);
        MvcTestResult first = api.get("/api/v1/entries/" + id);
        String etag = first.getResponse().getHeader(HttpHeaders.ETAG);
        assertThat(first).hasStatus(200).headers().hasValue(HttpHeaders.CACHE_CONTROL, "max-age=60, public");
        assertThat(api.mvc().get().uri("/api/v1/entries/" + id).header(HttpHeaders.IF_NONE_MATCH, etag).exchange())
                .hasStatus(304);
        assertThat(api.mvc().get().uri("/api/v1/entries/" + id + "?lang=ja").header(HttpHeaders.IF_NONE_MATCH, etag)
                .exchange()).hasStatus(200);
    }

    @Test
    void archivedEntriesLeaveThePublicButStayWithTheirEditors() {
        String id = api.craftDraft(editor, territory, "Archivée").get("id").stringValue();
        api.publish(editor, id);
        assertThat(api.send("POST", "/api/v1/entries/" + id + "/archive", editor, null)).hasStatus(200)
                .bodyJson().extractingPath("$.status").isEqualTo("archived");
        assertThat(api.get("/api/v1/entries/" + id)).hasStatus(404);
        assertThat(api.send("GET", "/api/v1/entries/" + id, editor, null)).hasStatus(200);
    }

    @Test
    void deletedEntriesAreGone() {
        String id = api.craftDraft(editor, territory, "Supprimée").get("id").stringValue();
        api.publish(editor, id);
        assertThat(api.send("DELETE", "/api/v1/entries/" + id, editor, null)).hasStatus(204);
        assertThat(api.send("GET", "/api/v1/entries/" + id, editor, null)).hasStatus(404);
        assertThat(api.get("/api/v1/entries/" + id)).hasStatus(404);
    }

    @Nested
    class Refused {

        @Test
        void aDuplicateSlugIsAConflict() {
            create("""
                    {"territory": "%s", "slug": "kutani", "kind": "craft", "craft": "pottery", "title": {"fr": "A"}}
                    """.formatted(territory));
            assertThat(create("""
                    {"territory": "%s", "slug": "kutani", "kind": "craft", "craft": "pottery", "title": {"fr": "B"}}
                    """.formatted(territory))).hasStatus(409).bodyJson().extractingPath("$.type")
                    .isEqualTo("/problems/conflict");
        }

        @Test
        void anUpdateWithoutIfMatchIsRefusedWith428() {
            String id = api.craftDraft(editor, territory, "Sans If-Match").get("id").stringValue();
            assertThat(put(id, null, """
                    {"kind": "craft", "craft": "glass", "title": {"fr": "X"}}""")).hasStatus(428);
        }

        @Test
        void anUpdateOfAStaleOrWeakVersionIsRefusedWith412() {
            String id = api.craftDraft(editor, territory, "Périmée").get("id").stringValue();
            String body = """
                    {"kind": "craft", "craft": "glass", "title": {"fr": "X"}}""";
            assertThat(put(id, "\"v1\"", body)).hasStatus(200);
            assertThat(put(id, "\"v1\"", body)).hasStatus(412);
            assertThat(put(id, "W/\"v2\"", body)).hasStatus(412);
            assertThat(put(id, "garbage", body)).hasStatus(412);
        }

        @Test
        void kindSpecificFieldsOnTheWrongKindAreInvalid() {
            MvcTestResult result = create("""
                    {"territory": "%s", "kind": "craft", "craft": "glass", "title": {"fr": "X"},
                     "designation": "national", "startDate": "2027-01-01"}""".formatted(territory));
            assertThat(result).hasStatus(422);
            assertThat(result).bodyJson().extractingPath("$.errors[*].field").asArray()
                    .contains("designation", "startDate");
        }

        @Test
        void eventsNeedOrderedDates() {
            assertThat(create("""
                    {"territory": "%s", "kind": "event", "title": {"fr": "X"}}""".formatted(territory)))
                    .hasStatus(422).bodyJson().extractingPath("$.errors[*].field").asArray()
                    .contains("startDate", "endDate");
            assertThat(create("""
                    {"territory": "%s", "kind": "exhibition", "title": {"fr": "X"},
                     "startDate": "2027-02-01", "endDate": "2027-01-31"}""".formatted(territory)))
                    .hasStatus(422).bodyJson().extractingPath("$.errors[0].field").isEqualTo("endDate");
        }

        @Test
        void anEntryCannotMoveToAnotherTerritory() {
            String other = api.territory("sakurai", "JP");
            String id = api.craftDraft(editor, territory, "Immobile").get("id").stringValue();
            assertThat(put(id, "\"v1\"", """
                    {"territory": "%s", "kind": "craft", "craft": "glass", "title": {"fr": "X"}}""".formatted(other)))
                    .hasStatus(422);
        }

        @Test
        void anUnknownTerritoryIsInvalid() {
            assertThat(api.send("POST", "/api/v1/entries", TestApi.ADMIN, """
                    {"territory": "nowhere-at-all", "kind": "craft", "craft": "glass", "title": {"fr": "X"}}"""))
                    .hasStatus(422).bodyJson().extractingPath("$.errors[0].field").isEqualTo("territory");
        }
    }
}
