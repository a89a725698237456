package org.passerelle.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.restdocs.headers.HeaderDocumentation.headerWithName;
import static org.springframework.restdocs.headers.HeaderDocumentation.requestHeaders;
import static org.springframework.restdocs.headers.HeaderDocumentation.responseHeaders;
import static org.springframework.restdocs.mockmvc.MockMvcRestDocumentation.document;
import static org.springframework.restdocs.mockmvc.RestDocumentationRequestBuilders.delete;
import static org.springframework.restdocs.mockmvc.RestDocumentationRequestBuilders.get;
import static org.springframework.restdocs.mockmvc.RestDocumentationRequestBuilders.multipart;
import static org.springframework.restdocs.operation.preprocess.Preprocessors.modifyHeaders;
import static org.springframework.restdocs.operation.preprocess.Preprocessors.preprocessRequest;
import static org.springframework.restdocs.payload.PayloadDocumentation.fieldWithPath;
import static org.springframework.restdocs.payload.PayloadDocumentation.responseFields;
import static org.springframework.restdocs.payload.PayloadDocumentation.subsectionWithPath;
import static org.springframework.restdocs.request.RequestDocumentation.partWithName;
import static org.springframework.restdocs.request.RequestDocumentation.pathParameters;
import static org.springframework.restdocs.request.RequestDocumentation.parameterWithName;
import static org.springframework.restdocs.request.RequestDocumentation.requestParts;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.support.ApiDocs;
import org.passerelle.support.DocFields;
import org.passerelle.support.TestApi;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.mock.web.MockPart;
import org.springframework.restdocs.payload.FieldDescriptor;
import org.springframework.restdocs.payload.JsonFieldType;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/** The guide's section on media: uploads, reads, files and renditions, deletion. */
@ApiDocs
class MediaDocumentationTests {

    @Autowired
    TestApi api;

    String editor;
    String entryId;

    @BeforeEach
    void setUp() {
        String territory = api.territory("chartres");
        editor = api.editorToken(territory);
        entryId = api.craftDraft(editor, territory, "Vitrail de Chartres").get("id").stringValue();
        api.publish(editor, entryId);
    }

    static MockPart text(String name, String value) {
        return new MockPart(name, value.getBytes(StandardCharsets.UTF_8));
    }

    MockMultipartHttpServletRequestBuilder imageUpload() {
        byte[] photo = Samples.withExif(Samples.photo(640, 480, 7), 1, true);
        return multipart("/api/v1/entries/{entryId}/media", entryId)
                .file(new MockMultipartFile("file", "vitrail.jpg", "image/jpeg", photo))
                .part(text("caption.fr", "La rose nord"), text("caption.ja", "北のバラ窓"),
                        text("credit", "Ville de Chartres"), text("license", "CC-BY-4.0"));
    }

    String uploadedImage() {
        var result = api.mvc().perform(imageUpload().header(HttpHeaders.AUTHORIZATION, TestApi.bearer(editor)));
        assertThat(result).hasStatus(201);
        return api.body(result).get("id").stringValue();
    }

    static List<FieldDescriptor> common() {
        return new ArrayList<>(List.of(
                fieldWithPath("id").description("The media's id"),
                fieldWithPath("type").description("`image` or `document`"),
                fieldWithPath("mediaType").description("Media type detected from the bytes (never the client's)"),
                fieldWithPath("bytes").description("Size of the original file"),
                DocFields.multilingual("caption", "Caption"),
                fieldWithPath("credit").optional().type(JsonFieldType.STRING).description(
                        "Credit line; for images, defaults to the EXIF author or copyright"),
                fieldWithPath("license").optional().type(JsonFieldType.STRING).description(
                        "SPDX-style licence id (`CC-BY-4.0`…) or `all-rights-reserved`"),
                fieldWithPath("fileName").optional().type(JsonFieldType.STRING)
                        .description("File name as uploaded (for downloads)"),
                fieldWithPath("url").description("The original file: `/media/{id}/original`"),
                fieldWithPath("createdAt").description("Instant of the upload")));
    }

    static List<FieldDescriptor> image() {
        List<FieldDescriptor> fields = common();
        fields.addAll(List.of(
                fieldWithPath("width").description("Width in pixels, after EXIF orientation"),
                fieldWithPath("height").description("Height in pixels, after EXIF orientation"),
                fieldWithPath("renditions.thumb").description("200×200 crop"),
                fieldWithPath("renditions.small").description("480 px on the long side (never upscaled)"),
                fieldWithPath("renditions.medium").description("960 px on the long side"),
                fieldWithPath("renditions.large").description("1600 px on the long side"),
                fieldWithPath("exif").optional().type(JsonFieldType.OBJECT).description(
                        "What the camera recorded, offered to the editor; renditions carry no metadata"),
                fieldWithPath("exif.takenAt").optional().type(JsonFieldType.STRING).description("Capture instant"),
                fieldWithPath("exif.author").optional().type(JsonFieldType.STRING).description("Artist"),
                fieldWithPath("exif.copyright").optional().type(JsonFieldType.STRING).description("Copyright"),
                subsectionWithPath("exif.location").optional().type(JsonFieldType.OBJECT)
                        .description("GPS position `{\"lat\", \"lon\"}` (a suggested location), or null")));
        return fields;
    }

    @Test
    void uploadImage() {
        assertThat(api.mvc().perform(imageUpload().header(HttpHeaders.AUTHORIZATION, TestApi.bearer(editor))))
                .hasStatus(201).apply(document("{method-name}",
                        preprocessRequest(modifyHeaders().set("Authorization", "Bearer <token>")),
                        pathParameters(parameterWithName("entryId").description("The entry the file belongs to")),
                        requestHeaders(headerWithName(HttpHeaders.AUTHORIZATION).description(
                                "An editor of the entry's territory, or the admin")),
                        requestParts(partWithName("file").description("The file: JPEG, PNG, WebP or GIF images; "
                                        + "PDF, DOCX, ODT, PPTX or plain-text documents (25 MB by default)"),
                                partWithName("caption.fr").optional().description("Caption in French"),
                                partWithName("caption.ja").optional().description("Caption in Japanese"),
                                partWithName("caption.en").optional().description("Caption in English"),
                                partWithName("credit").optional().description("Credit line"),
                                partWithName("license").optional().description("SPDX-style licence id or "
                                        + "`all-rights-reserved`")),
                        responseHeaders(headerWithName(HttpHeaders.LOCATION).description("The media resource"),
                                headerWithName(HttpHeaders.ETAG).description("Strong tag")),
                        responseFields(image())));
    }

    @Test
    void uploadDocument() {
        byte[] pdf = Samples.frenchPdf("La cathédrale de Chartres et ses vitraux du treizième siècle : un dossier "
                + "pour les visiteurs venus de Kanazawa.");
        assertThat(api.mvc().perform(multipart("/api/v1/entries/{entryId}/media", entryId)
                .file(new MockMultipartFile("file", "dossier.pdf", "application/pdf", pdf))
                .part(text("caption.fr", "Dossier de visite"), text("license", "all-rights-reserved"))
                .header(HttpHeaders.AUTHORIZATION, TestApi.bearer(editor))))
                .hasStatus(201).apply(document("{method-name}", responseFields(documentFields())));
    }

    static List<FieldDescriptor> documentFields() {
        List<FieldDescriptor> fields = common();
        fields.addAll(List.of(
                fieldWithPath("pages").optional().type(JsonFieldType.NUMBER).description("Number of pages"),
                fieldWithPath("language").optional().type(JsonFieldType.STRING)
                        .description("Language detected in the text (`fr`, `ja`, `en`…)"),
                fieldWithPath("characters").description("Characters of text extracted for search")));
        return fields;
    }

    @Test
    void uploadUnsupportedType() {
        byte[] html = "<html><body><script>alert(1)</script></body></html>".getBytes(StandardCharsets.UTF_8);
        assertThat(api.mvc().perform(multipart("/api/v1/entries/{entryId}/media", entryId)
                .file(new MockMultipartFile("file", "photo.jpg", "image/jpeg", html))
                .header(HttpHeaders.AUTHORIZATION, TestApi.bearer(editor))))
                .hasStatus(415).apply(document("{method-name}", responseFields(DocFields.problem())));
    }

    @Test
    void getMedia() {
        String id = uploadedImage();
        assertThat(api.mvc().perform(get("/api/v1/media/{id}", id))).hasStatus(200)
                .apply(document("{method-name}",
                        pathParameters(parameterWithName("id").description("The media's id")),
                        responseHeaders(headerWithName(HttpHeaders.ETAG).description("Strong tag"),
                                headerWithName(HttpHeaders.CACHE_CONTROL).description(
                                        "Public for media of published entries")),
                        responseFields(image())));
    }

    @Test
    void getMediaNotFound() {
        assertThat(api.mvc().perform(get("/api/v1/media/{id}", "no-such-media"))).hasStatus(404)
                .apply(document("{method-name}", responseFields(DocFields.problem())));
    }

    @Test
    void getRendition() {
        String id = uploadedImage();
        assertThat(api.mvc().perform(get("/media/{id}/{rendition}", id, "thumb"))).hasStatus(200)
                .apply(document("{method-name}",
                        pathParameters(parameterWithName("id").description("The media's id"),
                                parameterWithName("rendition").description(
                                        "`thumb`, `small`, `medium`, `large` (images) or `original`")),
                        responseHeaders(headerWithName(HttpHeaders.CONTENT_TYPE).description(
                                        "JPEG, or PNG where the image has transparency; the exact type for originals"),
                                headerWithName(HttpHeaders.ETAG).description("Strong tag: the file's content hash"),
                                headerWithName(HttpHeaders.CACHE_CONTROL).description(
                                        "Renditions of published entries are immutable and cached a year"),
                                headerWithName("X-Content-Type-Options").description("`nosniff`"))));
    }

    @Test
    void getRenditionOfADocument() {
        String id = api.body(api.mvc().perform(multipart("/api/v1/entries/{entryId}/media", entryId)
                .file(new MockMultipartFile("file", "notes.txt", "text/plain",
                        "Notes de visite.".getBytes(StandardCharsets.UTF_8)))
                .header(HttpHeaders.AUTHORIZATION, TestApi.bearer(editor)))).get("id").stringValue();
        assertThat(api.mvc().perform(get("/media/{id}/{rendition}", id, "thumb"))).hasStatus(404)
                .apply(document("{method-name}", responseFields(DocFields.problem())));
    }

    @Test
    void deleteMedia() {
        String id = uploadedImage();
        assertThat(api.mvc().perform(delete("/api/v1/media/{id}", id)
                .header(HttpHeaders.AUTHORIZATION, TestApi.bearer(editor)))).hasStatus(204)
                .apply(document("{method-name}",
                        pathParameters(parameterWithName("id").description("The media's id")),
                        requestHeaders(headerWithName(HttpHeaders.AUTHORIZATION).description(
                                "An editor of the entry's territory, or the admin"))));
        assertThat(api.get("/api/v1/media/" + id)).hasStatus(404);
    }

    @Test
    void deleteMediaOfAnotherTerritory() {
        String id = uploadedImage();
        String stranger = api.editorToken(api.territory("nancy"));
        var result = api.mvc().perform(delete("/api/v1/media/{id}", id)
                .header(HttpHeaders.AUTHORIZATION, TestApi.bearer(stranger)));
        assertThat(result.getResponse().getStatus()).isIn(403, 404);
        assertThat(result).apply(document("{method-name}", responseFields(DocFields.problem())));
    }
}
