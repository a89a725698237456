package org.passerelle.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.passerelle.entry.EntryAttachments;
import org.passerelle.support.PasserelleTest;
import org.passerelle.support.TestApi;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import tools.jackson.databind.JsonNode;

@PasserelleTest
class DocumentUploadTests {

    static final String FRENCH = "La cathédrale Notre-Dame de Chartres est un chef-d'œuvre de l'art gothique. "
            + "Ses vitraux du douzième et du treizième siècle sont célèbres dans le monde entier pour leur bleu "
            + "profond. Le labyrinthe dessiné sur le sol de la nef accueille les pèlerins depuis huit siècles.";
    static final String FRENCH_PAGE_2 = "Les ateliers de vitrail de la ville perpétuent ce savoir-faire et "
            + "accueillent des apprentis venus de Kanazawa chaque printemps pour une résidence croisée.";
    static final String JAPANESE = "金沢の九谷焼は江戸時代から続く色絵磁器です。職人たちは五彩と呼ばれる"
            + "鮮やかな色で器を彩り、その技術を弟子に伝えています。毎年春には工房で見学会が開かれます。";

    @Autowired
    TestApi api;
    @Autowired
    EntryAttachments attachments;

    MediaTestSupport media;
    String token;
    String entryId;

    @BeforeEach
    void setUp() {
        media = new MediaTestSupport(api);
        String territory = api.territory("documents");
        token = api.editorToken(territory);
        entryId = api.craftDraft(token, territory, "Dossier patrimoine").get("id").stringValue();
    }

    @Test
    void frenchPdfGivesItsTextPagesAndLanguage() {
        JsonNode created = media.uploaded(token, entryId, "brochure.pdf", Samples.frenchPdf(FRENCH, FRENCH_PAGE_2));

        assertThat(created.get("type").stringValue()).isEqualTo("document");
        assertThat(created.get("mediaType").stringValue()).isEqualTo("application/pdf");
        assertThat(created.get("pages").intValue()).isEqualTo(2);
        assertThat(created.get("language").stringValue()).isEqualTo("fr");
        assertThat(created.get("characters").intValue()).isGreaterThan(FRENCH.length());
        assertThat(attachments.searchableTexts(entryId)).singleElement().asString()
                .contains("vitraux", "labyrinthe", "Kanazawa");
    }

    @Test
    void japanesePdfGivesItsTextAndLanguage() {
        JsonNode created = media.uploaded(token, entryId, "kutani.pdf", Samples.japanesePdf(JAPANESE));

        assertThat(created.get("pages").intValue()).isEqualTo(1);
        assertThat(created.get("language").stringValue()).isEqualTo("ja");
        assertThat(attachments.searchableTexts(entryId)).singleElement().asString().contains("九谷焼", "五彩");
    }

    @Test
    void docxAndPlainTextAreReadToo() {
        JsonNode docx = media.uploaded(token, entryId, "dossier.docx", Samples.docx(FRENCH, FRENCH_PAGE_2));
        JsonNode text = media.uploaded(token, entryId, "notes.txt", JAPANESE.getBytes(StandardCharsets.UTF_8));

        assertThat(docx.get("mediaType").stringValue())
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(docx.get("language").stringValue()).isEqualTo("fr");
        assertThat(text.get("mediaType").stringValue()).isEqualTo("text/plain");
        assertThat(text.get("language").stringValue()).isEqualTo("ja");
        assertThat(attachments.searchableTexts(entryId)).hasSize(2);
    }

    @Test
    void documentIsServedAsAnAttachmentWithRanges() {
        byte[] pdf = Samples.frenchPdf(FRENCH);
        JsonNode created = media.uploaded(token, entryId, "brochure \"2024\".pdf", pdf);
        String url = created.get("url").stringValue();

        MvcTestResult whole = media.fetch(url, token);
        assertThat(whole).hasStatusOk();
        assertThat(whole.getResponse().getContentType()).isEqualTo("application/pdf");
        assertThat(whole.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(whole.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION)).startsWith("attachment;")
                .contains("brochure 2024.pdf");
        assertThat(whole.getResponse().getContentAsByteArray()).isEqualTo(pdf);

        MvcTestResult part = api.mvc().get().uri(url).header(HttpHeaders.AUTHORIZATION, TestApi.bearer(token))
                .header(HttpHeaders.RANGE, "bytes=0-7").exchange();
        assertThat(part).hasStatus(206);
        assertThat(part.getResponse().getHeader(HttpHeaders.CONTENT_RANGE)).isEqualTo("bytes 0-7/" + pdf.length);
        assertThat(new String(part.getResponse().getContentAsByteArray(), StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-1.4".substring(0, 8).replace("1.4", new String(pdf, 5, 3, StandardCharsets.US_ASCII)));
    }

    @Nested
    class Refused {

        @Test
        void docxZipBombIsRefusedAndTheServiceCarriesOn() {
            byte[] bomb = Samples.docxBomb(200);
            assertThat(bomb.length).as("small on the wire").isLessThan(2_000_000);

            MvcTestResult result = media.upload(token, entryId, "dossier.docx", bomb);

            assertThat(result).hasStatus(422);
            assertThat(api.body(result).get("detail").stringValue()).contains("bomb");
            assertThat(media.upload(token, entryId, "ok.docx", Samples.docx(FRENCH))).hasStatus(201);
        }

        @Test
        void htmlNamedJpgIsRefused() {
            byte[] html = "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>"
                    .getBytes(StandardCharsets.UTF_8);

            MvcTestResult result = media.upload(token, entryId, "photo.jpg", "image/jpeg", html, java.util.Map.of());

            assertThat(result).hasStatus(415);
            assertThat(api.body(result).get("detail").stringValue()).contains("text/html");
        }

        @Test
        void svgIsRefused() {
            byte[] svg = """
                    <?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">
                    <script>alert(1)</script><rect width="10" height="10"/></svg>""".getBytes(StandardCharsets.UTF_8);

            MvcTestResult result = media.upload(token, entryId, "logo.png", "image/png", svg, java.util.Map.of());

            assertThat(result).hasStatus(415);
            assertThat(api.body(result).get("detail").stringValue()).contains("image/svg+xml");
        }

        @Test
        void otherTypesAreRefused() {
            byte[] zip = Samples.docxBomb(0);
            zip[30] = 'X';

            assertThat(media.upload(token, entryId, "archive.zip", new byte[] {0x50, 0x4b, 0x05, 0x06, 0, 0, 0, 0,
                    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0})).hasStatus(415);
        }
    }
}
