package org.passerelle.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passerelle.entry.Codes.Kind;
import org.passerelle.search.BenchmarkEntries;
import org.passerelle.search.Facet;
import org.passerelle.search.SearchDocument;
import org.passerelle.search.SearchHit;
import org.passerelle.search.SearchQuery;
import org.passerelle.search.SearchResult;
import org.passerelle.search.SearchResult.FacetCount;
import org.passerelle.shared.GeoPoint;
import org.passerelle.shared.Lang;

import tools.jackson.databind.json.JsonMapper;

/**
 * A search split between threads (segments in slices) and the facets counted as hits are collected
 * answer exactly as one thread does, and as Lucene's own facet counting does.
 */
class ParallelSearchTests {

    @TempDir
    static Path dir;

    static LuceneSearchEngine oneThread;
    static LuceneSearchEngine threeThreads;

    static final List<SearchQuery> QUERIES = List.of(
            SearchQuery.builder().q("verre").build(),
            SearchQuery.builder().q("\"soufflé à la bouche\"").build(),
            SearchQuery.builder().q("verrerie -cristallerie").build(),
            SearchQuery.builder().q("laque OR urushi").build(),
            SearchQuery.builder().q("金沢").lang(Lang.ja).build(),
            SearchQuery.builder().q("workshop").lang(Lang.en).size(50).build(),
            SearchQuery.builder().q("伝統").kind(Kind.CRAFT).build(),
            SearchQuery.builder().kind(Kind.EXHIBITION).from(LocalDate.of(2026, 1, 1)).to(LocalDate.of(2026, 6, 30))
                    .sort(SearchQuery.Sort.DATE).build(),
            SearchQuery.builder().near(new GeoPoint(48.69, 6.18), 50).sort(SearchQuery.Sort.DISTANCE).build(),
            SearchQuery.builder().tag("patrimoine").sort(SearchQuery.Sort.TITLE).lang(Lang.fr).build(),
            SearchQuery.builder().country("JP").page(3).build(),
            SearchQuery.builder().build());

    @BeforeAll
    static void index() throws IOException {
        // The same six segments of unequal sizes for both engines, written without merges (the engine's
        // merge policy would merge small segments at its own pace), then opened by the engines.
        int[] sizes = {900, 700, 500, 400, 300, 200};
        var entries = new BenchmarkEntries(7, 3000).iterator();
        List<List<SearchDocument>> batches = new ArrayList<>();
        for (int size : sizes) {
            List<SearchDocument> batch = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                batch.add(entries.next());
            }
            batches.add(batch);
        }
        JsonMapper json = JsonMapper.builder().build();
        writeUnmerged(dir.resolve("one"), batches, json);
        writeUnmerged(dir.resolve("three"), batches, json);
        oneThread = new LuceneSearchEngine(dir.resolve("one"), Duration.ofMillis(20), 20, Duration.ofMinutes(1), 1,
                json);
        // a slice for as little as one document, so that this small index is split between threads
        threeThreads = new LuceneSearchEngine(dir.resolve("three"), Duration.ofMillis(20), 20, Duration.ofMinutes(1),
                3, 1, json);
    }

    /** An index folder as the engine lays it out, one commit (so one segment) per batch. */
    static void writeUnmerged(Path root, List<List<SearchDocument>> batches, JsonMapper json) throws IOException {
        Analyzers analyzers = new Analyzers();
        LuceneDocuments documents = new LuceneDocuments(analyzers, LuceneDocuments.facetsConfig(),
                new LuceneSources(json));
        Path index = Files.createDirectories(root.resolve("index-0"));
        Files.writeString(root.resolve("CURRENT"), "index-0");
        var config = new IndexWriterConfig(analyzers.perField()).setMergePolicy(NoMergePolicy.INSTANCE);
        try (var directory = FSDirectory.open(index); var writer = new IndexWriter(directory, config)) {
            for (List<SearchDocument> batch : batches) {
                for (SearchDocument document : batch) {
                    writer.addDocument(documents.toDocument(document));
                }
                writer.commit();
            }
        }
    }

    @AfterAll
    static void close() throws Exception {
        oneThread.close();
        threeThreads.close();
    }

    @Test
    void theIndexIsSearchedInSeveralSlices() {
        int segments = threeThreads.withSearcher(s -> s.getIndexReader().leaves().size());
        int slices = threeThreads.withSearcher(s -> s.getSlices().length);
        int oneSlice = oneThread.withSearcher(s -> s.getSlices().length);
        assertThat(segments).isEqualTo(6);
        assertThat(slices).isEqualTo(3);
        assertThat(oneSlice).isEqualTo(1);
    }

    @Test
    void slicesAnswerAsOneThreadDoes() {
        for (SearchQuery query : QUERIES) {
            SearchResult one = oneThread.search(query);
            SearchResult three = threeThreads.search(query);
            assertThat(one.total()).as("%s", query).isPositive();
            assertThat(three.total()).as("%s", query).isEqualTo(one.total());
            assertThat(ids(three)).as("%s", query).isEqualTo(ids(one)).isNotEmpty();
            assertThat(three.items()).extracting(SearchHit::highlight).as("%s", query)
                    .isEqualTo(one.items().stream().map(SearchHit::highlight).toList());
            assertThat(three.facets()).as("%s", query).isEqualTo(one.facets());
        }
    }

    @Test
    void facetCountsAreLucenesOwn() {
        for (LuceneSearchEngine engine : List.of(oneThread, threeThreads)) {
            for (SearchQuery query : QUERIES) {
                Map<Facet, List<FacetCount>> expected = engine.withSearcher(s -> {
                    var state = new DefaultSortedSetDocValuesReaderState(s.getIndexReader(),
                            LuceneDocuments.facetsConfig());
                    var hits = s.search(new LuceneQueries(new Analyzers()).query(query), new FacetsCollectorManager());
                    var counts = new SortedSetDocValuesFacetCounts(state, hits);
                    Map<Facet, List<FacetCount>> facets = new LinkedHashMap<>();
                    for (Facet facet : Facet.values()) {
                        FacetResult top = counts.getTopChildren(20, facet.code());
                        List<FacetCount> values = new ArrayList<>();
                        if (top != null) {
                            for (LabelAndValue value : top.labelValues) {
                                values.add(new FacetCount(value.label, value.value.longValue()));
                            }
                        }
                        facets.put(facet, values);
                    }
                    return facets;
                });
                assertThat(engine.search(query).facets()).as("%s", query).isEqualTo(expected);
            }
        }
        assertThat(oneThread.search(QUERIES.get(0)).facets().get(Facet.TERRITORY)).hasSizeGreaterThan(5);
    }

    @Test
    void aCursorWalkOverSlicesReturnsEveryHitOnce() {
        SearchQuery first = SearchQuery.builder().q("verre").size(100).build();
        SearchResult page = threeThreads.search(first);
        Set<String> seen = new HashSet<>();
        List<String> walked = new ArrayList<>();
        while (true) {
            for (SearchHit hit : page.items()) {
                assertThat(seen.add(hit.id())).as("seen once: %s", hit.id()).isTrue();
                walked.add(hit.id());
            }
            if (page.next() == null) {
                break;
            }
            page = threeThreads.search(first.toBuilder().cursor(page.next()).build());
        }
        assertThat((long) walked.size()).isEqualTo(page.total()).isEqualTo(oneThread.search(first).total());
    }

    private static List<String> ids(SearchResult result) {
        return result.items().stream().map(SearchHit::id).toList();
    }
}
