package org.passerelle.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.passerelle.search.elasticsearch.ElasticsearchNode;
import org.passerelle.search.elasticsearch.ElasticsearchTestProperties;
import org.passerelle.search.elasticsearch.NodeLogs;
import org.passerelle.support.PasserelleTest;
import org.passerelle.support.TestApi;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import tools.jackson.databind.JsonNode;

/**
 * What only a cluster can go through: the alias moving to a rebuilt index while visitors search, and
 * the node going away while entries are published, then coming back.
 */
@PasserelleTest
@ExtendWith(NodeLogs.class)
class ElasticsearchOperationsTests {

    private static final Duration DEADLINE = Duration.ofSeconds(90);
    private static String alias;

    @DynamicPropertySource
    static void elasticsearch(DynamicPropertyRegistry registry) {
        alias = ElasticsearchTestProperties.register(registry);
        registry.add("passerelle.search.retry-interval", () -> "2s");
        // replaced indexes are dropped once the walks begun on them are over: soon, here (long enough
        // that a walk on a loaded machine keeps its point in time: a lost one continues on the live index)
        registry.add("passerelle.search.cursor-keep-alive", () -> "15s");
    }

    @Autowired
    TestApi api;
    @Autowired
    SearchIndexer indexer;

    private final ElasticsearchNode node = ElasticsearchNode.shared();

    String publish(String territory, String title) {
        String id = api.draft(TestApi.ADMIN, "{\"territory\": \"" + territory + "\", \"kind\": \"craft\","
                + " \"craft\": \"glass\", \"title\": {\"fr\": \"" + title + "\"}}").get("id").stringValue();
        api.publish(TestApi.ADMIN, id);
        return id;
    }

    MvcTestResult get(String uri) {
        return api.mvc().get().uri(URI.create(uri)).exchange();
    }

    List<String> found(String territory, String params) {
        MvcTestResult result = get("/api/v1/entries?size=100&territory=" + territory + "&" + params);
        assertThat(result).hasStatus(200);
        List<String> ids = new ArrayList<>();
        api.body(result).get("items").forEach(item -> ids.add(item.get("id").stringValue()));
        return ids;
    }

    String indexBehindAlias() {
        return node.get("/_alias/" + alias).replaceAll("^\\{\"([^\"]+)\".*", "$1");
    }

    @Test
    void reindexMovesTheAliasWhileConcurrentSearchesAllSucceed() throws Exception {
        String territory = api.territory("es-swap");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            ids.add(publish(territory, "Verrerie " + i));
        }
        await().atMost(DEADLINE).until(() -> found(territory, "q=verrerie").size() == ids.size());

        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger queries = new AtomicInteger();
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        ExecutorService readers = Executors.newFixedThreadPool(3);
        for (int r = 0; r < 3; r++) {
            readers.submit(() -> {
                while (running.get()) {
                    // relevance walks read a point in time of the index the alias named when they began
                    String cursor = null;
                    List<String> walked = new ArrayList<>();
                    do {
                        MvcTestResult page = get("/api/v1/entries?size=5&q=verrerie&territory=" + territory
                                + (cursor == null ? "" : "&cursor=" + cursor));
                        queries.incrementAndGet();
                        if (page.getResponse().getStatus() != 200) {
                            failures.add(page.getResponse().getStatus() + " " + page.getResponse().getContentAsString());
                            break;
                        }
                        JsonNode body = api.body(page);
                        if (body.get("total").asLong() != ids.size()) {
                            failures.add("total " + body.get("total"));
                        }
                        body.get("items").forEach(item -> walked.add(item.get("id").stringValue()));
                        cursor = body.get("next").isNull() ? null : body.get("next").stringValue();
                    } while (cursor != null);
                    if (walked.size() != ids.size() || !walked.containsAll(ids)) {
                        failures.add("walk " + walked);
                    }
                }
                return null;
            });
        }
        List<String> indexes = new ArrayList<>(List.of(indexBehindAlias()));
        try {
            for (int round = 0; round < 3; round++) {
                assertThat(api.send("POST", "/api/v1/admin/reindex", TestApi.ADMIN, null)).hasStatus(202);
                indexer.awaitRebuild();
                indexes.add(indexBehindAlias());
            }
        } finally {
            running.set(false);
            readers.shutdown();
            readers.awaitTermination(1, java.util.concurrent.TimeUnit.MINUTES);
        }
        assertThat(failures).isEmpty();
        assertThat(queries.get()).isGreaterThan(3);
        assertThat(indexes).doesNotHaveDuplicates();
        // the replaced indexes are dropped after the cursor keep-alive: only the one behind the alias is left
        await().atMost(DEADLINE).untilAsserted(() -> assertThat(
                node.get("/_cat/indices/" + alias + "-*?h=index").strip()).isEqualTo(indexes.get(3)));
        assertThat(found(territory, "q=verrerie")).containsExactlyInAnyOrderElementsOf(ids);
    }

    @Test
    void entriesPublishedWhileTheNodeIsDownAreIndexedOnceItIsBack() throws Exception {
        String territory = api.territory("es-outage");
        String before = publish(territory, "Cristallerie");
        await().atMost(DEADLINE).until(() -> found(territory, "").contains(before));

        List<String> during = new ArrayList<>();
        node.stop();
        try {
            for (int i = 0; i < 5; i++) {
                during.add(publish(territory, "Dinanderie " + i));
            }
            // searching meanwhile is a clear problem, not a server error
            assertThat(get("/api/v1/entries?territory=" + territory)).hasStatus(503);
        } finally {
            node.start();
        }
        List<String> all = new ArrayList<>(during);
        all.add(before);
        // the outbox kept every failed indexing; the retry delivers them once the node is back
        await().atMost(DEADLINE).ignoreExceptions()
                .untilAsserted(() -> assertThat(found(territory, "")).containsExactlyInAnyOrderElementsOf(all));
        assertThat(found(territory, "q=dinanderie")).containsExactlyInAnyOrderElementsOf(during);
    }
}
