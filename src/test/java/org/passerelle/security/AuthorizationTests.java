package org.passerelle.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.passerelle.support.PasserelleTest;
import org.passerelle.support.TestApi;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import tools.jackson.databind.JsonNode;

/** Who may do what: anonymous 401, other territories 403 (404 for drafts), admin-only routes. */
@PasserelleTest
class AuthorizationTests {

    @Autowired
    TestApi api;

    @Autowired
    JdbcClient jdbc;

    String territory;
    String editor;
    String published;
    String draft;
    String otherEditor;

    @BeforeEach
    void twoTerritories() {
        territory = api.territory("kanazawa", "JP");
        editor = api.editorToken(territory);
        published = api.craftDraft(editor, territory, "Publiée").get("id").stringValue();
        api.publish(editor, published);
        draft = api.craftDraft(editor, territory, "Brouillon").get("id").stringValue();
        otherEditor = api.editorToken(api.territory("nancy"));
    }

    MvcTestResult call(String method, String uri, String token) {
        String path = uri.replace("{published}", published).replace("{draft}", draft).replace("{territory}", territory);
        String body = switch (method + " " + uri) {
            case "POST /api/v1/entries", "PUT /api/v1/entries/{published}", "PUT /api/v1/entries/{draft}" ->
                    "{\"territory\": \"" + territory + "\", \"kind\": \"craft\", \"craft\": \"glass\", \"title\": {\"fr\": \"X\"}}";
            case "POST /api/v1/territories", "PUT /api/v1/territories/{territory}" ->
                    "{\"slug\": \"" + territory + "\", \"name\": {\"fr\": \"X\"}, \"country\": \"JP\"}";
            case "PUT /api/v1/territories/{territory}/partners" -> "[]";
            case "POST /api/v1/admin/tokens" -> "{\"territory\": \"" + territory + "\", \"label\": \"x\"}";
            default -> null;
        };
        var request = api.mvc().method(HttpMethod.valueOf(method)).uri(path).header(HttpHeaders.IF_MATCH, "*");
        if (token != null) {
            request = request.header(HttpHeaders.AUTHORIZATION, TestApi.bearer(token));
        }
        if (body != null) {
            request = request.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        return request.exchange();
    }

    @ParameterizedTest
    @CsvSource({
        "POST, /api/v1/entries", "PUT, /api/v1/entries/{draft}", "POST, /api/v1/entries/{draft}/publish",
        "POST, /api/v1/entries/{published}/archive", "DELETE, /api/v1/entries/{published}",
        "GET, /api/v1/entries/{published}/revisions", "POST, /api/v1/territories", "PUT, /api/v1/territories/{territory}",
        "PUT, /api/v1/territories/{territory}/partners", "POST, /api/v1/admin/tokens", "GET, /api/v1/admin/tokens",
        "DELETE, /api/v1/admin/tokens/abc", "GET, /actuator/metrics"
    })
    void anonymousCallersAreAskedToAuthenticate(String method, String uri) {
        MvcTestResult result = call(method, uri, null);
        assertThat(result).hasStatus(401).headers().hasValue(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        assertThat(result).bodyJson().extractingPath("$.status").isEqualTo(401);
    }

    @ParameterizedTest
    @CsvSource({
        "PUT, /api/v1/entries/{published}", "POST, /api/v1/entries/{published}/publish",
        "POST, /api/v1/entries/{published}/archive", "DELETE, /api/v1/entries/{published}",
        "GET, /api/v1/entries/{published}/revisions", "POST, /api/v1/entries"
    })
    void anotherTerritorysEditorMayNotChangeItsPublishedEntries(String method, String uri) {
        assertThat(call(method, uri, otherEditor)).hasStatus(403);
    }

    @ParameterizedTest
    @CsvSource({
        "GET, /api/v1/entries/{draft}", "PUT, /api/v1/entries/{draft}", "POST, /api/v1/entries/{draft}/publish",
        "DELETE, /api/v1/entries/{draft}", "GET, /api/v1/entries/{draft}/revisions"
    })
    void anotherTerritorysDraftsDoNotExistForAnEditor(String method, String uri) {
        assertThat(call(method, uri, otherEditor)).hasStatus(404);
    }

    @ParameterizedTest
    @CsvSource({
        "POST, /api/v1/territories", "PUT, /api/v1/territories/{territory}",
        "PUT, /api/v1/territories/{territory}/partners", "POST, /api/v1/admin/tokens", "GET, /api/v1/admin/tokens",
        "GET, /actuator/metrics"
    })
    void editorsMayNotDoTheAdminsWork(String method, String uri) {
        assertThat(call(method, uri, editor)).hasStatus(403);
    }

    @Test
    void theAdminMayDoAll() {
        assertThat(call("GET", "/api/v1/entries/{draft}", TestApi.ADMIN)).hasStatus(200);
        assertThat(call("GET", "/actuator/metrics", TestApi.ADMIN)).hasStatus(200);
        assertThat(call("PUT", "/api/v1/entries/{draft}", TestApi.ADMIN)).hasStatus(200);
    }

    @Test
    void theHealthIsPublic() {
        assertThat(api.get("/actuator/health")).hasStatus(200);
    }

    @Nested
    class Tokens {

        @Test
        void anUnknownTokenIsRefusedEvenOnPublicReads() {
            assertThat(api.send("GET", "/api/v1/entries/" + published, "psl_not-a-token", null)).hasStatus(401);
            assertThat(api.mvc().get().uri("/api/v1/entries/" + published)
                    .header(HttpHeaders.AUTHORIZATION, "Basic YWRtaW46YWRtaW4=").exchange()).hasStatus(401);
        }

        @Test
        void aRevokedTokenNoLongerWorks() {
            JsonNode token = api.body(api.send("POST", "/api/v1/admin/tokens", TestApi.ADMIN,
                    "{\"territory\": \"" + territory + "\", \"label\": \"temporary\"}"));
            String secret = token.get("token").stringValue();
            String id = token.get("id").stringValue();
            assertThat(api.send("GET", "/api/v1/entries/" + draft, secret, null)).hasStatus(200);
            assertThat(api.send("DELETE", "/api/v1/admin/tokens/" + id, TestApi.ADMIN, null)).hasStatus(204);
            assertThat(api.send("GET", "/api/v1/entries/" + draft, secret, null)).hasStatus(401);
            assertThat(api.send("DELETE", "/api/v1/admin/tokens/" + id, TestApi.ADMIN, null)).hasStatus(404);
        }

        @Test
        void secretsAreShownOnceAndStoredHashed() {
            JsonNode issued = api.body(api.send("POST", "/api/v1/admin/tokens", TestApi.ADMIN,
                    "{\"territory\": \"" + territory + "\", \"label\": \"shown once\"}"));
            String secret = issued.get("token").stringValue();
            assertThat(secret).startsWith("psl_").hasSizeGreaterThan(40);

            MvcTestResult list = api.send("GET", "/api/v1/admin/tokens", TestApi.ADMIN, null);
            assertThat(list).hasStatus(200).bodyText().contains(issued.get("id").stringValue()).doesNotContain(secret);
            long plain = jdbc.sql("SELECT COUNT(*) FROM api_token WHERE secret_hash = ? OR label = ?")
                    .params(secret, secret).query(Long.class).single();
            assertThat(plain).isZero();
            assertThat(jdbc.sql("SELECT secret_hash FROM api_token WHERE id = ?").param(issued.get("id").stringValue())
                    .query(String.class).single()).isEqualTo(TokenService.hash(secret));
        }

        @Test
        void aTokenForAnUnknownTerritoryIsInvalid() {
            assertThat(api.send("POST", "/api/v1/admin/tokens", TestApi.ADMIN,
                    "{\"territory\": \"atlantis\", \"label\": \"x\"}")).hasStatus(422);
        }
    }
}
