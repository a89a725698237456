package org.passerelle.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.support.PasserelleTest;
import org.passerelle.support.TestApi;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

/**
 * Media and search together, with the real media feature: a word found only in a published entry's
 * brochure finds the entry, and the highlight comes from the brochure's text. The index follows the
 * store a moment after each commit (outbox, near-real-time refresh), hence the polling.
 */
@PasserelleTest
class BrochureSearchTests {

    static final Duration DEADLINE = Duration.ofSeconds(30);

    @Autowired
    TestApi api;

    MediaTestSupport media;
    String token;
    String entryId;
    String word;

    @BeforeEach
    void setUp() {
        media = new MediaTestSupport(api);
        String territory = api.territory("brochures");
        token = api.editorToken(territory);
        entryId = api.craftDraft(token, territory, "Atelier de vitrail").get("id").stringValue();
        api.publish(token, entryId);
        word = inventedWord();
    }

    /** A word no other entry of the shared test store can contain. */
    static String inventedWord() {
        StringBuilder word = new StringBuilder("vitrographe");
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < 8; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }

    JsonNode search(String q) {
        return api.body(api.get("/api/v1/entries?q=" + q + "&lang=fr"));
    }

    @Test
    void aWordOnlyInAPdfBrochureFindsTheEntryWithAHighlightFromTheBrochure() {
        assertFoundThroughItsBrochure("brochure.pdf", Samples.frenchPdf(
                "Les maîtres verriers de l'atelier enseignent la technique du " + word
                        + " aux apprentis venus de Kanazawa."));
    }

    @Test
    void aWordOnlyInADocxBrochureFindsTheEntryWithAHighlightFromTheBrochure() {
        assertFoundThroughItsBrochure("dossier.docx", Samples.docx("Dossier de l'atelier.",
                "Les maîtres verriers enseignent la technique du " + word + " aux apprentis."));
    }

    void assertFoundThroughItsBrochure(String fileName, byte[] brochure) {
        assertThat(search(word).get("total").asInt()).as("the word is in no entry before the upload").isZero();

        JsonNode created = media.uploaded(token, entryId, fileName, brochure);
        assertThat(created.get("type").stringValue()).isEqualTo("document");

        await().atMost(DEADLINE).untilAsserted(() -> {
            JsonNode page = search(word);
            assertThat(page.get("total").asInt()).isEqualTo(1);
            assertThat(page.at("/items/0/id").stringValue()).isEqualTo(entryId);
        });
        JsonNode item = search(word).at("/items/0");
        assertThat(item.get("title").stringValue()).isEqualTo("Atelier de vitrail");
        assertThat(item.at("/highlight/title").isMissingNode()).isTrue();
        assertThat(item.at("/highlight/text").stringValue())
                .contains("<mark>" + word + "</mark>")
                .contains("technique du");
    }
}
