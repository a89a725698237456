package org.passerelle.entry;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.passerelle.support.PasserelleTest;
import org.passerelle.support.TestApi;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import tools.jackson.databind.JsonNode;

@PasserelleTest
class PublishingFlowTests {

    @Autowired
    TestApi api;

    @Test
    void draftIsUpdatedWithIfMatchThenPublishedAndReadPublicly() {
        String territory = api.territory("kanazawa", "JP");
        String editor = api.editorToken(territory);
        JsonNode draft = api.craftDraft(editor, territory, "Céramique de Kutani");
        String id = draft.get("id").stringValue();
        assertThat(draft.get("status").stringValue()).isEqualTo("draft");
        assertThat(draft.get("slug").stringValue()).isEqualTo("ceramique-de-kutani");

        assertThat(api.get("/api/v1/entries/" + id)).hasStatus(404);

        var updated = api.mvc().put().uri("/api/v1/entries/" + id)
                .header(HttpHeaders.AUTHORIZATION, TestApi.bearer(editor)).header(HttpHeaders.IF_MATCH, "\"v1\"")
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"kind": "craft", "craft": "pottery", "title": {"fr": "Kutani", "ja": "九谷焼", "en": "Kutani ware"},
                         "summary": {"fr": "Porcelaine peinte", "en": "Painted porcelain"}}
                        """).exchange();
        assertThat(updated).hasStatus(200).headers().hasValue(HttpHeaders.ETAG, "\"v2\"");
        assertThat(updated).bodyJson().extractingPath("$.slug").isEqualTo("ceramique-de-kutani");

        api.publish(editor, id);

        var read = api.get("/api/v1/entries/" + id + "?lang=en");
        assertThat(read).hasStatus(200).headers().hasValue(HttpHeaders.ETAG, "\"v3-en\"");
        assertThat(read).bodyJson().extractingPath("$.title").isEqualTo("Kutani ware");
        assertThat(read).bodyJson().extractingPath("$.summary").isEqualTo("Painted porcelain");
        assertThat(read).bodyJson().extractingPath("$.lang").isEqualTo("en");
        assertThat(read).bodyJson().extractingPath("$.status").isEqualTo("published");
    }
}
