package org.passerelle.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.restdocs.mockmvc.MockMvcRestDocumentation.document;
import static org.springframework.restdocs.mockmvc.RestDocumentationRequestBuilders.delete;
import static org.springframework.restdocs.mockmvc.RestDocumentationRequestBuilders.get;
import static org.springframework.restdocs.mockmvc.RestDocumentationRequestBuilders.post;
import static org.springframework.restdocs.payload.PayloadDocumentation.fieldWithPath;
import static org.springframework.restdocs.payload.PayloadDocumentation.requestFields;
import static org.springframework.restdocs.payload.PayloadDocumentation.responseFields;
import static org.springframework.restdocs.request.RequestDocumentation.parameterWithName;
import static org.springframework.restdocs.request.RequestDocumentation.pathParameters;

import org.junit.jupiter.api.Test;
import org.passerelle.support.ApiDocs;
import org.passerelle.support.DocFields;
import org.passerelle.support.TestApi;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/** The guide's tokens section (admin only). */
@ApiDocs
class TokenDocumentationTests {

    @Autowired
    TestApi api;

    @Test
    void issueToken() {
        String territory = api.territory("nancy");
        assertThat(api.mvc().perform(post("/api/v1/admin/tokens")
                .header(HttpHeaders.AUTHORIZATION, TestApi.bearer(TestApi.ADMIN)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"territory\": \"" + territory + "\", \"label\": \"Nancy tourism office\"}")))
                .hasStatus(201).apply(document("{method-name}",
                        requestFields(fieldWithPath("territory").description("The territory the editor may publish for"),
                                fieldWithPath("label").description("Who holds it")),
                        responseFields(fieldWithPath("id").description("Token id, to revoke it"),
                                fieldWithPath("territory").description("Its territory"),
                                fieldWithPath("label").description("Its label"),
                                fieldWithPath("createdAt").description("When it was issued"),
                                fieldWithPath("token").description("The secret, shown this once (only its hash is kept)"))));
    }

    @Test
    void issueTokenAsEditor() {
        String territory = api.territory("nancy");
        String editor = api.editorToken(territory);
        assertThat(api.mvc().perform(post("/api/v1/admin/tokens")
                .header(HttpHeaders.AUTHORIZATION, TestApi.bearer(editor)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"territory\": \"" + territory + "\", \"label\": \"me again\"}")))
                .hasStatus(403).apply(document("{method-name}", responseFields(DocFields.problem())));
    }

    @Test
    void listTokens() {
        api.editorToken(api.territory("nancy"));
        assertThat(api.mvc().perform(get("/api/v1/admin/tokens")
                .header(HttpHeaders.AUTHORIZATION, TestApi.bearer(TestApi.ADMIN))))
                .hasStatus(200).apply(document("{method-name}", responseFields(
                        fieldWithPath("total").description("Number of active editor tokens"),
                        fieldWithPath("items[].id").description("Token id"),
                        fieldWithPath("items[].territory").description("Its territory"),
                        fieldWithPath("items[].label").description("Its label"),
                        fieldWithPath("items[].createdAt").description("When it was issued"))));
    }

    @Test
    void revokeToken() {
        String territory = api.territory("nancy");
        var issued = api.body(api.send("POST", "/api/v1/admin/tokens", TestApi.ADMIN,
                "{\"territory\": \"" + territory + "\", \"label\": \"temporary\"}"));
        assertThat(api.mvc().perform(delete("/api/v1/admin/tokens/{id}", issued.get("id").stringValue())
                .header(HttpHeaders.AUTHORIZATION, TestApi.bearer(TestApi.ADMIN))))
                .hasStatus(204).apply(document("{method-name}",
                        pathParameters(parameterWithName("id").description("The token's id"))));
    }
}
