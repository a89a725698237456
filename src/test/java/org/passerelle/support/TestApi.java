package org.passerelle.support;

import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Shortcuts for tests that drive the HTTP API: territories, tokens and entries with unique slugs. */
@TestComponent
public class TestApi {

    public static final String ADMIN = "test-admin-token";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final MockMvcTester mvc;
    private final JsonMapper json;

    TestApi(MockMvcTester mvc, JsonMapper json) {
        this.mvc = mvc;
        this.json = json;
    }

    public MockMvcTester mvc() {
        return mvc;
    }

    public static String bearer(String token) {
        return "Bearer " + token;
    }

    /** A slug no other test uses, even when contexts share a PostgreSQL schema. */
    public static String unique(String prefix) {
        return prefix + "-" + ProcessHandle.current().pid() + "-" + SEQUENCE.incrementAndGet();
    }

    public String territory(String prefix, String country) {
        String slug = unique(prefix);
        MvcTestResult result = send("POST", "/api/v1/territories", ADMIN, """
                {"slug": "%s", "name": {"fr": "Ville %s", "ja": "町 %s"}, "country": "%s",
                 "location": {"lat": 48.69, "lon": 6.18}}""".formatted(slug, slug, slug, country));
        requireStatus(result, 201);
        return slug;
    }

    public String territory(String prefix) {
        return territory(prefix, "FR");
    }

    public String editorToken(String territory) {
        MvcTestResult result = send("POST", "/api/v1/admin/tokens", ADMIN,
                "{\"territory\": \"" + territory + "\", \"label\": \"test editor\"}");
        requireStatus(result, 201);
        return body(result).get("token").stringValue();
    }

    /** Creates a draft and returns its body. */
    public JsonNode draft(String token, String body) {
        MvcTestResult result = send("POST", "/api/v1/entries", token, body);
        requireStatus(result, 201);
        return body(result);
    }

    public JsonNode craftDraft(String token, String territory, String titleFr) {
        return draft(token, """
                {"territory": "%s", "kind": "craft", "craft": "pottery",
                 "title": {"fr": "%s", "ja": "九谷焼"}, "summary": {"fr": "Porcelaine peinte", "en": "Painted porcelain"}}
                """.formatted(territory, titleFr));
    }

    public JsonNode publish(String token, String id) {
        MvcTestResult result = send("POST", "/api/v1/entries/" + id + "/publish", token, null);
        requireStatus(result, 200);
        return body(result);
    }

    public MvcTestResult send(String method, String uri, String token, String body) {
        var request = mvc.method(org.springframework.http.HttpMethod.valueOf(method)).uri(uri);
        if (token != null) {
            request = request.header(HttpHeaders.AUTHORIZATION, bearer(token));
        }
        if (body != null) {
            request = request.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        return request.exchange();
    }

    public MvcTestResult get(String uri) {
        return mvc.get().uri(uri).exchange();
    }

    public JsonNode body(MvcTestResult result) {
        try {
            return json.readTree(result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    private void requireStatus(MvcTestResult result, int status) {
        if (result.getResponse().getStatus() != status) {
            throw new AssertionError("expected " + status + " but got " + result.getResponse().getStatus() + ": "
                    + new String(result.getResponse().getContentAsByteArray(), java.nio.charset.StandardCharsets.UTF_8));
        }
    }
}
