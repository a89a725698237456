package org.passerelle.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.passerelle.support.TestProfiles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The search benchmark, not part of the normal test run (the name matches no Surefire pattern):
 * <pre>./mvnw -q test -Dtest=SearchBenchmark -Dsurefire.failIfNoSpecifiedTests=false -DargLine=-Xmx512m</pre>
 * For each size (default 10,000 and 100,000; {@code -Dbenchmark.sizes=}), it rebuilds the index from
 * seeded generated entries (entries/s), then runs a fixed query mix at the engine with facets, at
 * the engine without facets (the baseline), and through HTTP with facets, and prints p50/p99.
 * The results go to stdout and {@code target/benchmark-search.md}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"passerelle.search.catch-up-on-start=false", "logging.level.root=warn"})
@ActiveProfiles(resolver = TestProfiles.class)
class SearchBenchmark {

    /** Words, phrases, exclusion, OR, Japanese, French, filters with facets, geo, dates, sorts. */
    static final List<String> MIX = List.of(
            "q=verre", "q=céramique", "q=\"soufflé à la bouche\"", "q=verrerie -cristallerie", "q=laque OR urushi",
            "q=金沢", "q=工芸", "q=製糸", "q=verreries&artForm=design", "q=l'atelier&territory=nancy",
            "q=workshop&lang=en", "q=traditional porcelain", "q=伝統&kind=craft",
            "kind=craft&craft=glass", "kind=exhibition&from=2026-01-01&to=2026-06-30&sort=date",
            "near=48.69,6.18&radius=50&sort=distance", "bbox=135,35,138,38", "country=JP&kind=heritage-site",
            "tag=patrimoine&sort=title&lang=fr", "");
    /** Enough queries (2,000) for the JIT to compile the search code, as in a service that has been answering for a while. */
    static final int WARMUP_ROUNDS = 100;
    static final int ROUNDS = 100;

    @Autowired
    SearchEngine engine;
    @Autowired
    SearchService search;
    @LocalServerPort
    int port;

    @Test
    void searchBenchmark() throws Exception {
        List<String> report = new ArrayList<>();
        List<String> byQuery = new ArrayList<>();
        report.add("| entries | rebuild (entries/s) | measure | p50 (ms) | p99 (ms) | mean (ms) |");
        report.add("|---:|---:|---|---:|---:|---:|");
        String sizes = System.getProperty("benchmark.sizes", "10000,100000");
        for (String size : sizes.split(",")) {
            int count = Integer.parseInt(size.strip());
            long started = System.nanoTime();
            long indexed = engine.rebuild(new BenchmarkEntries(42, count), id -> Optional.empty());
            double seconds = (System.nanoTime() - started) / 1e9;
            assertThat(indexed).isEqualTo(count);
            String rate = String.format(Locale.ROOT, "%,.0f", count / seconds);

            List<SearchQuery> withFacets = MIX.stream().map(SearchBenchmark::query).toList();
            List<SearchQuery> withoutFacets = withFacets.stream().map(q -> q.toBuilder().noFacets().build()).toList();
            for (SearchQuery q : withFacets) {
                engine.search(q);
            }
            assertThat(engine.search(withFacets.get(0)).total()).isPositive();
            long[][] perQuery = new long[MIX.size()][ROUNDS];
            int[] round = {0};
            measure(report, count, rate, "engine, mix with facets", () -> {
                long[] times = run(withFacets);
                if (round[0] >= WARMUP_ROUNDS) {
                    for (int i = 0; i < times.length; i++) {
                        perQuery[i][round[0] - WARMUP_ROUNDS] = times[i];
                    }
                }
                round[0]++;
                return times;
            });
            byQuery.add("| " + count + " | query | p50 (ms) | p99 (ms) | total |");
            byQuery.add("|---:|---|---:|---:|---:|");
            for (int i = 0; i < MIX.size(); i++) {
                long[] times = perQuery[i];
                Arrays.sort(times);
                byQuery.add(String.format(Locale.ROOT, "| %d | `%s` | %.2f | %.2f | %d |", count,
                        MIX.get(i).isEmpty() ? "(no parameter)" : MIX.get(i), times[times.length / 2] / 1e6,
                        times[(int) Math.ceil(times.length * 0.99) - 1] / 1e6, engine.search(withFacets.get(i)).total()));
            }
            measure(report, count, "", "engine, mix without facets (baseline)", () -> run(withoutFacets));
            HttpClient http = HttpClient.newHttpClient();
            measure(report, count, "", "HTTP API (java.net.http client), mix with facets", () -> runHttp(http));
            measure(report, count, "", "HTTP API (HttpURLConnection client), mix with facets", this::runUrl);
            System.gc();
            long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024 * 1024);
            report.add("| " + count + " | | heap used after GC: " + heap + " MB (max "
                    + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB) | | | |");
        }
        String table = String.join("\n", report) + "\n\nEngine with facets, query by query:\n\n"
                + String.join("\n", byQuery);
        System.out.println("\n" + table + "\n");
        Files.writeString(Path.of("target", "benchmark-search.md"), table + "\n");
    }

    interface Round {
        long[] run() throws Exception;
    }

    private static void measure(List<String> report, int count, String rate, String label, Round round)
            throws Exception {
        for (int i = 0; i < WARMUP_ROUNDS; i++) {
            round.run();
        }
        long[] all = new long[0];
        for (int i = 0; i < ROUNDS; i++) {
            long[] times = round.run();
            long[] joined = Arrays.copyOf(all, all.length + times.length);
            System.arraycopy(times, 0, joined, all.length, times.length);
            all = joined;
        }
        Arrays.sort(all);
        double mean = Arrays.stream(all).average().orElse(0) / 1e6;
        report.add(String.format(Locale.ROOT, "| %d | %s | %s | %.2f | %.2f | %.2f |", count, rate, label,
                all[all.length / 2] / 1e6, all[(int) Math.ceil(all.length * 0.99) - 1] / 1e6, mean));
    }

    private long[] run(List<SearchQuery> queries) {
        long[] times = new long[queries.size()];
        for (int i = 0; i < queries.size(); i++) {
            long start = System.nanoTime();
            engine.search(queries.get(i));
            times[i] = System.nanoTime() - start;
        }
        return times;
    }

    private long[] runHttp(HttpClient http) throws IOException, InterruptedException {
        long[] times = new long[MIX.size()];
        for (int i = 0; i < MIX.size(); i++) {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/entries?"
                    + encode(MIX.get(i)))).header("Accept", "application/json").build();
            long start = System.nanoTime();
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            times[i] = System.nanoTime() - start;
            assertThat(response.statusCode()).as(MIX.get(i)).isEqualTo(200);
        }
        return times;
    }

    private long[] runUrl() throws IOException {
        long[] times = new long[MIX.size()];
        for (int i = 0; i < MIX.size(); i++) {
            var url = URI.create("http://127.0.0.1:" + port + "/api/v1/entries?" + encode(MIX.get(i))).toURL();
            long start = System.nanoTime();
            var connection = (java.net.HttpURLConnection) url.openConnection();
            connection.setRequestProperty("Accept", "application/json");
            int status = connection.getResponseCode();
            try (var in = connection.getInputStream()) {
                in.readAllBytes();
            }
            times[i] = System.nanoTime() - start;
            assertThat(status).as(MIX.get(i)).isEqualTo(200);
        }
        return times;
    }

    static SearchQuery query(String params) {
        MultiValueMap<String, String> map = new LinkedMultiValueMap<>();
        for (String pair : params.split("&")) {
            if (!pair.isEmpty()) {
                String[] kv = pair.split("=", 2);
                map.add(kv[0], URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
            }
        }
        return SearchParameters.read(map);
    }

    private static String encode(String params) {
        List<String> parts = new ArrayList<>();
        for (String pair : params.split("&")) {
            if (!pair.isEmpty()) {
                String[] kv = pair.split("=", 2);
                parts.add(kv[0] + "=" + URLEncoder.encode(kv[1], StandardCharsets.UTF_8));
            }
        }
        return String.join("&", parts);
    }
}
