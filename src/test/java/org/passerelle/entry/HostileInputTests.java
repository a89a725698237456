package org.passerelle.entry;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.passerelle.support.PasserelleTest;
import org.passerelle.support.TestApi;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Malformed and hostile bodies get a 4xx problem without internals, and the service stays healthy. */
@PasserelleTest
class HostileInputTests {

    @Autowired
    TestApi api;

    String territory;
    String editor;

    @BeforeEach
    void territoryWithEditor() {
        territory = api.territory("nancy");
        editor = api.editorToken(territory);
    }

    @AfterEach
    void serviceStaysHealthy() {
        assertThat(api.get("/actuator/health")).hasStatus(200).bodyJson().extractingPath("$.status").isEqualTo("UP");
    }

    MvcTestResult post(byte[] body, MediaType type) {
        return api.mvc().post().uri("/api/v1/entries").header(HttpHeaders.AUTHORIZATION, TestApi.bearer(editor))
                .contentType(type).content(body).exchange();
    }

    MvcTestResult post(String body) {
        return post(body.getBytes(StandardCharsets.UTF_8), MediaType.APPLICATION_JSON);
    }

    static void isProblem(MvcTestResult result, int status) {
        assertThat(result).hasStatus(status);
        assertThat(result).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result).bodyText().doesNotContain("Exception", "at org.", "at java.", "tools.jackson");
        assertThat(result).bodyJson().extractingPath("$.status").isEqualTo(status);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"territory\": \"%s\", \"kind\": \"craft\", \"craft\": \"glass\", \"title\": \"not an object\"}",
        "{\"territory\": \"%s\", \"kind\": 5, \"title\": {\"fr\": \"x\"}}",
        "{\"territory\": \"%s\", \"kind\": \"craft\", \"craft\": \"glass\", \"title\": {\"fr\": 12}}",
        "{\"territory\": \"%s\", \"kind\": \"craft\", \"craft\": \"glass\", \"title\": {\"fr\": \"x\"}, \"tags\": \"one\"}",
        "{\"territory\": \"%s\", \"kind\": \"craft\", \"craft\": \"glass\", \"title\": {\"fr\": \"x\"}, \"training\": \"yes\"}",
        "{\"territory\": \"%s\", \"kind\": \"heritage-site\", \"title\": {\"fr\": \"x\"}, \"inscribedYear\": \"1979\"}",
        "{\"territory\": \"%s\", \"kind\": \"heritage-site\", \"title\": {\"fr\": \"x\"}, \"inscribedYear\": 1e40}",
        "{\"territory\": \"%s\", \"kind\": \"castle\", \"title\": {\"fr\": \"x\"}}",
        "{\"territory\": \"%s\", \"kind\": \"craft\", \"craft\": \"plastic\", \"title\": {\"fr\": \"x\"}}",
        "{\"territory\": \"%s\", \"kind\": \"craft\", \"craft\": \"glass\", \"title\": {\"xx\": \"x\"}}",
        "{\"territory\": \"%s\", \"kind\": \"craft\", \"craft\": \"glass\", \"title\": {\"fr\": \"x\"}, \"location\": {\"lat\": 91, \"lon\": 0}}",
        "{\"territory\": \"%s\", \"kind\": \"craft\", \"craft\": \"glass\", \"title\": {\"fr\": \"x\"}, \"location\": {\"lat\": 0, \"lon\": -180.5}}",
        "{\"territory\": \"%s\", \"kind\": \"craft\", \"craft\": \"glass\", \"title\": {\"fr\": \"x\"}, \"location\": [6.1, 48.6]}",
        "{\"territory\": \"%s\", \"kind\": \"craft\", \"craft\": \"glass\", \"title\": {\"fr\": \"x\"}, \"website\": \"javascript:alert(1)\"}",
        "{\"territory\": \"%s\", \"kind\": \"craft\", \"craft\": \"glass\", \"title\": {\"fr\": \"x\"}, \"website\": \"data:text/html,<script>\"}",
        "{\"territory\": \"%s\", \"kind\": \"craft\", \"craft\": \"glass\", \"title\": {\"fr\": \"x\"}, \"slug\": \"../../etc/passwd\"}",
        "{\"territory\": \"%s\", \"kind\": \"craft\", \"craft\": \"glass\", \"title\": {\"fr\": \"x\"}, \"slug\": \"a/b\"}",
        "{\"territory\": \"%s\", \"kind\": \"craft\", \"craft\": \"glass\", \"title\": {\"fr\": \"x\"}, \"slug\": \"UPPER\"}",
        "{\"territory\": \"%s\", \"kind\": \"craft\", \"craft\": \"glass\", \"title\": {\"fr\": \"x\\u0000y\"}}",
        "{\"territory\": \"%s\", \"kind\": \"craft\", \"craft\": \"glass\", \"title\": {\"fr\": \"x\"}, \"unexpected\": 1}",
        "{\"territory\": \"%s\", \"kind\": \"exhibition\", \"title\": {\"fr\": \"x\"}, \"startDate\": \"2027-02-30\", \"endDate\": \"tomorrow\"}",
        "[\"%s\"]"
    })
    void wellFormedButInvalidBodiesAre422WithTheField(String template) {
        MvcTestResult result = post(template.formatted(territory));
        isProblem(result, 422);
        assertThat(result).bodyJson().extractingPath("$.errors").asArray().isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"territory\": ", "", "nul", "{\"a\": tru}", "{'single': 'quotes'}"})
    void malformedJsonIs400(String body) {
        isProblem(post(body), 400);
    }

    @Test
    void invalidUtf8Is400() {
        byte[] body = "{\"territory\": \"x\", \"title\": {\"fr\": \"\u0000\"}}".getBytes(StandardCharsets.UTF_8);
        byte[] broken = new byte[body.length + 2];
        System.arraycopy(body, 0, broken, 0, body.length - 3);
        broken[body.length - 3] = (byte) 0xC3;
        broken[body.length - 2] = (byte) 0x28;
        broken[body.length - 1] = '"';
        broken[body.length] = '}';
        broken[body.length + 1] = '}';
        isProblem(post(broken, MediaType.APPLICATION_JSON), 400);
    }

    @Test
    void deepNestingIs400() {
        String body = "[".repeat(100_000) + "]".repeat(100_000);
        isProblem(post(body), 400);
    }

    @Test
    void aBodyOverTheLimitIs413() {
        String huge = "{\"territory\": \"" + territory + "\", \"title\": {\"fr\": \"" + "é".repeat(1_100_000) + "\"}}";
        isProblem(post(huge), 413);
    }

    @Test
    void aTextOverItsLimitIs422() {
        MvcTestResult result = post("""
                {"territory": "%s", "kind": "craft", "craft": "glass", "title": {"fr": "%s"}}"""
                .formatted(territory, "x".repeat(301)));
        isProblem(result, 422);
        assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("title.fr");
    }

    @Test
    void anUnsupportedMediaTypeIs415() {
        isProblem(post("kind=craft".getBytes(StandardCharsets.UTF_8), MediaType.TEXT_PLAIN), 415);
    }

    @Test
    void anUnsupportedMethodIs405() {
        isProblem(api.mvc().patch().uri("/api/v1/entries/abc").header(HttpHeaders.AUTHORIZATION, TestApi.bearer(editor))
                .contentType(MediaType.APPLICATION_JSON).content("{}").exchange(), 405);
    }

    @Test
    void badQueryParametersAre400() {
        isProblem(api.get("/api/v1/entries/abc?lang=de"), 400);
    }
}
