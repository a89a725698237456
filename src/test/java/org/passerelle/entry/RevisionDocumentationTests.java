package org.passerelle.entry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.restdocs.mockmvc.MockMvcRestDocumentation.document;
import static org.springframework.restdocs.mockmvc.RestDocumentationRequestBuilders.get;
import static org.springframework.restdocs.payload.PayloadDocumentation.fieldWithPath;
import static org.springframework.restdocs.payload.PayloadDocumentation.responseFields;
import static org.springframework.restdocs.payload.PayloadDocumentation.subsectionWithPath;
import static org.springframework.restdocs.request.RequestDocumentation.parameterWithName;
import static org.springframework.restdocs.request.RequestDocumentation.pathParameters;

import org.junit.jupiter.api.Test;
import org.passerelle.support.ApiDocs;
import org.passerelle.support.DocFields;
import org.passerelle.support.TestApi;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;

/** The guide's revisions section. */
@ApiDocs
class RevisionDocumentationTests {

    @Autowired
    TestApi api;

    @Test
    void listRevisions() {
        String territory = api.territory("nancy");
        String editor = api.editorToken(territory);
        String id = api.craftDraft(editor, territory, "Verre de Nancy").get("id").stringValue();
        api.publish(editor, id);
        assertThat(api.mvc().perform(get("/api/v1/entries/{id}/revisions", id)
                .header(HttpHeaders.AUTHORIZATION, TestApi.bearer(editor))))
                .hasStatus(200).apply(document("{method-name}",
                        pathParameters(parameterWithName("id").description("The entry's id")),
                        responseFields(fieldWithPath("total").description("Number of earlier versions"),
                                subsectionWithPath("items").description(
                                        "Earlier versions, newest first, each an entry as in <<entry-get>>"))));
    }

    @Test
    void listRevisionsAnonymously() {
        assertThat(api.mvc().perform(get("/api/v1/entries/{id}/revisions", "some-entry")))
                .hasStatus(401).apply(document("{method-name}", responseFields(DocFields.problem())));
    }
}
