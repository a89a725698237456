package org.passerelle.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passerelle.entry.Codes.Kind;
import org.passerelle.entry.Codes.Status;
import org.passerelle.entry.Entry;
import org.passerelle.entry.EntryContent;
import org.passerelle.search.SearchDocument;
import org.passerelle.search.SearchHit;
import org.passerelle.search.SearchQuery;
import org.passerelle.shared.Lang;

import tools.jackson.databind.json.JsonMapper;

/** The Lucene engine alone (no Spring): analysis, durability across reopen, rebuild beside the live index. */
class LuceneEngineTests {

    @TempDir
    Path dir;

    LuceneSearchEngine engine;

    @BeforeEach
    void open() {
        engine = new LuceneSearchEngine(dir, Duration.ofMillis(20), 10, Duration.ofMinutes(1), 2, JsonMapper.builder().build());
    }

    @AfterEach
    void close() throws Exception {
        engine.close();
    }

    static SearchDocument doc(String id, Map<String, String> title, Map<String, String> summary) {
        EntryContent content = new EntryContent("s-" + id, Kind.CRAFT, title, summary, null, null, null, null, null,
                null, null, null, null, null, null, List.of("verre"), null, null);
        Instant now = Instant.parse("2025-01-01T00:00:00Z");
        return new SearchDocument(new Entry(id, "nancy", content, Status.PUBLISHED, 1, now, now, now),
                Map.of("fr", "Nancy"), "FR", List.of(), null);
    }

    List<String> ids(String q) {
        return engine.search(SearchQuery.builder().q(q).build()).items().stream().map(SearchHit::id).toList();
    }

    @Test
    void frenchAnalysisFoldsPluralsElisionAndAccents() {
        engine.index(List.of(doc("a", Map.of("fr", "Verrerie de Nancy"), Map.of("fr", "Atelier d'artisanat d'art")),
                doc("b", Map.of("fr", "Céramique de Lunéville"), Map.of()),
                doc("c", Map.of("fr", "L'artisanat du bois"), Map.of())));
        assertThat(ids("verreries")).containsExactly("a");
        assertThat(ids("ceramique")).containsExactly("b");
        assertThat(ids("l'artisanat")).containsExactlyInAnyOrder("a", "c");
        assertThat(ids("artisanat")).containsExactlyInAnyOrder("a", "c");
    }

    @Test
    void japaneseWordInsideCompoundIsFound() {
        engine.index(List.of(doc("t", Map.of("ja", "富岡製糸場と絹産業遺産群"), Map.of()),
                doc("k", Map.of("ja", "九谷焼"), Map.of())));
        assertThat(ids("製糸")).containsExactly("t");
        assertThat(ids("富岡")).containsExactly("t");
        assertThat(engine.suggest("とみおか", Lang.ja, 5)).extracting(s -> s.entryId()).containsExactly("t");
        assertThat(engine.suggest("九谷", null, 5)).extracting(s -> s.entryId()).containsExactly("k");
    }

    @Test
    void highlightsComeFromTheFirstMatchingFieldInTheLanguageOrderAndFromEachDocumentText() {
        EntryContent content = new EntryContent("s-h", Kind.CRAFT, Map.of("fr", "Atelier Daum", "en", "Glass workshop"),
                Map.of("fr", "Un atelier lorrain"), Map.of("fr", "On y souffle le verre."), null, null, null, null,
                null, null, null, null, null, null, List.of(), null, null);
        Instant now = Instant.parse("2025-01-01T00:00:00Z");
        engine.index(List.of(new SearchDocument(new Entry("h", "nancy", content, Status.PUBLISHED, 1, now, now, now),
                Map.of("fr", "Nancy"), "FR",
                List.of("Catalogue de l'atelier.", "ガラスの器", "Gobelets gravés à la roue."), null)));

        Map<String, String> english = highlight(SearchQuery.builder().q("atelier").lang(Lang.en).build());
        assertThat(english).containsEntry("title", "<mark>Atelier</mark> Daum")
                .containsEntry("text", "Un <mark>atelier</mark> lorrain");
        assertThat(highlight(SearchQuery.builder().q("workshop").lang(Lang.fr).build()))
                .containsEntry("title", "Glass <mark>workshop</mark>").doesNotContainKey("text");
        assertThat(highlight(SearchQuery.builder().q("verre").build()))
                .containsEntry("text", "On y souffle le <mark>verre</mark>.").doesNotContainKey("title");
        // documents are indexed one value after the other: the marks fall on the right words of each
        assertThat(highlight(SearchQuery.builder().q("gobelets").build()).get("text"))
                .isEqualTo("<mark>Gobelets</mark> gravés à la roue.");
        assertThat(highlight(SearchQuery.builder().q("ガラス").build()).get("text")).isEqualTo("<mark>ガラス</mark>の器");
    }

    Map<String, String> highlight(SearchQuery query) {
        return engine.search(query).items().get(0).highlight();
    }

    @Test
    void relevanceCursorWalkVisitsEveryHitOnce() {
        List<SearchDocument> docs = new java.util.ArrayList<>();
        for (int i = 0; i < 23; i++) {
            docs.add(doc("d" + i, Map.of("fr", "Verre numéro " + i), Map.of()));
        }
        engine.index(docs);
        List<String> walked = new java.util.ArrayList<>();
        String cursor = null;
        for (int page = 0; page < 10; page++) {
            var result = engine.search(SearchQuery.builder().q("verre").territory("nancy").size(5).cursor(cursor).build());
            if (page == 1) {
                engine.index(List.of(doc("z", Map.of("fr", "Autre verre"), Map.of())));
            }
            result.items().forEach(hit -> walked.add(hit.id()));
            cursor = result.next();
            if (cursor == null) {
                break;
            }
        }
        assertThat(walked).hasSize(23).doesNotHaveDuplicates();
    }

    @Test
    void writesSurviveReopenAndRebuildReplacesTheIndex() throws Exception {
        engine.index(List.of(doc("a", Map.of("fr", "Verrerie"), Map.of())));
        engine.close();
        engine = new LuceneSearchEngine(dir, Duration.ofMillis(20), 10, Duration.ofMinutes(1), 2, JsonMapper.builder().build());
        assertThat(engine.state().documents()).isEqualTo(1);
        long count = engine.rebuild(List.of(doc("b", Map.of("fr", "Faïence"), Map.of())), id -> Optional.empty());
        assertThat(count).isEqualTo(1);
        assertThat(ids("verrerie")).isEmpty();
        assertThat(ids("faience")).containsExactly("b");
    }
}
