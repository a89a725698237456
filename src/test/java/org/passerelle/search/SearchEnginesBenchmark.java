package org.passerelle.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passerelle.search.elasticsearch.ElasticsearchSearchEngine;
import org.passerelle.search.elasticsearch.ElasticsearchTestProperties;
import org.passerelle.search.lucene.LuceneSearchEngine;

import tools.jackson.databind.json.JsonMapper;

/**
 * Both engines side by side in one run, on the same generated entries and the query mix of
 * {@link SearchBenchmark} (not part of the normal test run; the name matches no Surefire pattern):
 * <pre>./mvnw -q test -Dtest=SearchEnginesBenchmark -Dsurefire.failIfNoSpecifiedTests=false</pre>
 * Rebuild rate, then the mix at each engine (rounds interleaved, so that the machine's load weighs on
 * both alike), and how often both engines agree on the top hits of the text queries. Sizes:
 * {@code -Dbenchmark.sizes=} (default 10000). Elasticsearch is the test node: one node, 512 MB heap,
 * HTTPS, on the same machine. Results go to stdout and {@code target/benchmark-search-engines.md}.
 */
class SearchEnginesBenchmark {

    static final int WARMUP_ROUNDS = 10;
    static final int ROUNDS = 50;
    static final int TOP = 5;

    @TempDir
    Path dir;

    @Test
    void bothEnginesSideBySide() throws Exception {
        List<String> report = new ArrayList<>();
        report.add("| entries | engine | rebuild (entries/s) | mix p50 (ms) | mix p99 (ms) | mix mean (ms) |");
        report.add("|---:|---|---:|---:|---:|---:|");
        List<String> agreement = new ArrayList<>();
        for (String size : System.getProperty("benchmark.sizes", "10000").split(",")) {
            int count = Integer.parseInt(size.strip());
            try (LuceneSearchEngine lucene = new LuceneSearchEngine(dir.resolve("lucene-" + count),
                    Duration.ofMillis(100), 20, Duration.ofMinutes(5), Runtime.getRuntime().availableProcessors(),
                    JsonMapper.builder().build())) {
                ElasticsearchSearchEngine elastic = ElasticsearchTestProperties.engine(
                        "passerelle-bench-" + System.nanoTime(), 20, Duration.ofMinutes(5));
                try {
                    List<SearchEngine> engines = List.of(lucene, elastic);
                    double[] rates = new double[2];
                    for (int e = 0; e < 2; e++) {
                        long started = System.nanoTime();
                        long indexed = engines.get(e).rebuild(new BenchmarkEntries(42, count), id -> Optional.empty());
                        rates[e] = count / ((System.nanoTime() - started) / 1e9);
                        assertThat(indexed).isEqualTo(count);
                    }
                    List<SearchQuery> mix = SearchBenchmark.MIX.stream().map(SearchBenchmark::query).toList();
                    long[][] times = measure(engines, mix);
                    for (int e = 0; e < 2; e++) {
                        long[] all = times[e];
                        Arrays.sort(all);
                        report.add(String.format(Locale.ROOT, "| %d | %s | %,.0f | %.2f | %.2f | %.2f |", count,
                                e == 0 ? "Lucene (embedded)" : "Elasticsearch 8.19 (1 node, HTTPS)", rates[e],
                                all[all.length / 2] / 1e6, all[(int) Math.ceil(all.length * 0.99) - 1] / 1e6,
                                Arrays.stream(all).average().orElse(0) / 1e6));
                    }
                    agreement.add(agreement(count, lucene, elastic, mix));
                } finally {
                    elastic.close();
                }
            }
        }
        String table = String.join("\n", report) + "\n\n" + String.join("\n", agreement);
        System.out.println("\n" + table + "\n");
        Files.writeString(Path.of("target", "benchmark-search-engines.md"), table + "\n");
    }

    private static long[][] measure(List<SearchEngine> engines, List<SearchQuery> mix) {
        for (int i = 0; i < WARMUP_ROUNDS; i++) {
            engines.forEach(engine -> mix.forEach(engine::search));
        }
        long[][] times = new long[2][ROUNDS * mix.size()];
        for (int round = 0; round < ROUNDS; round++) {
            for (int e = 0; e < 2; e++) {
                for (int q = 0; q < mix.size(); q++) {
                    long start = System.nanoTime();
                    engines.get(e).search(mix.get(q));
                    times[e][round * mix.size() + q] = System.nanoTime() - start;
                }
            }
        }
        return times;
    }

    /** Text queries whose top hits are the same on both engines (same entries, same order). */
    private static String agreement(int count, SearchEngine lucene, SearchEngine elastic, List<SearchQuery> mix) {
        int text = 0;
        int sameTop = 0;
        int sameFirst = 0;
        int sameTotal = 0;
        List<String> differing = new ArrayList<>();
        for (SearchQuery query : mix) {
            if (!query.hasQueryText()) {
                continue;
            }
            text++;
            SearchQuery top = query.toBuilder().size(TOP).noFacets().build();
            SearchResult a = lucene.search(top);
            SearchResult b = elastic.search(top);
            List<String> ids = a.items().stream().map(SearchHit::id).toList();
            List<String> other = b.items().stream().map(SearchHit::id).toList();
            sameTotal += a.total() == b.total() ? 1 : 0;
            sameFirst += !ids.isEmpty() && !other.isEmpty() && ids.get(0).equals(other.get(0)) || ids.isEmpty()
                    && other.isEmpty() ? 1 : 0;
            if (ids.equals(other)) {
                sameTop++;
            } else {
                Set<String> common = new HashSet<>(ids);
                common.retainAll(other);
                differing.add(query.q() + " (" + common.size() + "/" + ids.size() + " in common)");
            }
        }
        return String.format(Locale.ROOT, "%,d entries, %d text queries: same total on %d, same first hit on %d,"
                + " same top %d in the same order on %d%s.", count, text, sameTotal, sameFirst, TOP, sameTop,
                differing.isEmpty() ? "" : "; differing: " + String.join(", ", differing));
    }
}
