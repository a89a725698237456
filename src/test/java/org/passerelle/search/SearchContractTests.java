package org.passerelle.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.passerelle.entry.EntryEvents.EntryEvent;
import org.passerelle.support.PasserelleTest;
import org.passerelle.support.TestApi;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import tools.jackson.databind.JsonNode;

/**
 * The behaviour of search, whatever the engine: every adapter runs this suite unchanged (a subclass
 * per engine sets {@code passerelle.search.engine}). Tests go through the HTTP API and the store, and
 * each works in territories of its own. Indexing is asynchronous (the outbox), so assertions on what
 * search finds poll until a deadline.
 */
@PasserelleTest
@Import(TestAttachments.Config.class)
public abstract class SearchContractTests {

    static final Duration DEADLINE = Duration.ofSeconds(15);

    @Autowired
    protected TestApi api;
    @Autowired
    TestAttachments attachments;
    @Autowired
    SearchIndexer indexer;
    @Autowired
    SearchEngine engine;
    @Autowired
    IncompleteEventPublications incomplete;

    String territory;

    @BeforeEach
    void ownTerritory() {
        territory = api.territory("search");
    }

    // ---------- helpers

    String create(String territory, String fields) {
        return api.draft(TestApi.ADMIN, "{\"territory\": \"" + territory + "\", " + fields + "}").get("id")
                .stringValue();
    }

    String publish(String territory, String fields) {
        String id = create(territory, fields);
        api.publish(TestApi.ADMIN, id);
        return id;
    }

    String publish(String fields) {
        return publish(territory, fields);
    }

    static String craft(String titleFr) {
        return "\"kind\": \"craft\", \"craft\": \"glass\", \"title\": {\"fr\": \"" + titleFr + "\"}";
    }

    static String enc(String value) {
        // %20, not +: MockMvc does not read + as a space in a URI given whole
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** GET with a query string already percent-encoded (MockMvc's string URIs would encode it again). */
    MvcTestResult get(String uri) {
        return api.mvc().get().uri(URI.create(uri)).exchange();
    }

    JsonNode search(String params) {
        MvcTestResult result = get("/api/v1/entries?territory=" + territory + "&" + params);
        assertThat(result).hasStatus(200);
        return api.body(result);
    }

    static List<String> ids(JsonNode body) {
        return StreamSupport.stream(body.get("items").spliterator(), false).map(i -> i.get("id").stringValue())
                .toList();
    }

    List<String> found(String params) {
        return ids(search(params));
    }

    /** Waits until the search returns exactly these entries, in any order. */
    void awaitFound(String params, String... expected) {
        await().atMost(DEADLINE).untilAsserted(() -> assertThat(found(params)).containsExactlyInAnyOrder(expected));
    }

    void awaitTotal(int total) {
        await().atMost(DEADLINE).untilAsserted(() -> assertThat(search("size=0").get("total").asLong())
                .isEqualTo(total));
    }

    // ---------- language analysis

    @Test
    void frenchPluralsFindSingularTitles() {
        String id = publish(craft("Verrerie d'art de Nancy"));
        awaitFound("q=verreries", id);
    }

    @Test
    void frenchElisionIsIgnoredBothWays() {
        String elided = publish(craft("L'artisanat du verre"));
        String plain = publish(craft("Maison de l artisan") + ", \"summary\": {\"fr\": \"Artisanat lorrain\"}");
        awaitFound("q=" + enc("l'artisanat"), elided, plain);
        awaitFound("q=artisanat", elided, plain);
    }

    @Test
    void frenchAccentsAreFolded() {
        String id = publish(craft("Céramique de Lunéville"));
        awaitFound("q=ceramique", id);
        awaitFound("q=" + enc("CÉRAMIQUES"), id);
    }

    @Test
    void japaneseWordInsideACompoundIsFound() {
        String id = publish("\"kind\": \"heritage-site\", \"designation\": \"world-heritage\","
                + " \"title\": {\"ja\": \"富岡製糸場\", \"fr\": \"Filature de Tomioka\"}");
        awaitFound("q=" + enc("製糸"), id);
        awaitFound("q=" + enc("富岡"), id);
    }

    @Test
    void japaneseFullWidthAndKatakanaVariantsMatch() {
        String id = publish("\"kind\": \"craft\", \"craft\": \"pottery\", \"title\": {\"ja\": \"ＫＵＴＡＮＩ コンピューター\"}");
        awaitFound("q=kutani", id);
        awaitFound("q=" + enc("コンピュータ"), id);
    }

    @Test
    void englishPossessivesAndPluralsMatch() {
        String id = publish("\"kind\": \"craft\", \"craft\": \"glass\", \"title\": {\"en\": \"The glassmaker's workshops\"}");
        awaitFound("q=glassmaker", id);
        awaitFound("q=workshop", id);
    }

    @Test
    void titleWeighsMoreThanSummaryAndSummaryMoreThanDescription() {
        String inDescription = publish(craft("Atelier un") + ", \"description\": {\"fr\": \"Un souffleur de verre.\"}");
        String inTitle = publish(craft("Souffleur de Meisenthal"));
        String inSummary = publish(craft("Atelier deux") + ", \"summary\": {\"fr\": \"Un souffleur installé\"}");
        await().atMost(DEADLINE).untilAsserted(() -> assertThat(found("q=souffleur"))
                .containsExactly(inTitle, inSummary, inDescription));
    }

    @Test
    void tagsTerritoryNameAndDocumentTextAreSearched() {
        String tagged = publish(craft("Atelier A") + ", \"tags\": [\"cristallerie\"]");
        String withDocument = create(territory, craft("Atelier B"));
        attachments.texts.put(withDocument, List.of("Catalogue : gobelets gravés à la roue."));
        api.publish(TestApi.ADMIN, withDocument);
        awaitFound("q=cristallerie", tagged);
        awaitFound("q=gobelet", withDocument);
        // the test territory's name is "Ville <slug>"
        awaitFound("q=" + enc(territory), tagged, withDocument);
    }

    // ---------- query syntax

    @Test
    void phrasesExclusionsAndOrFollowTheSyntax() {
        String red = publish(craft("Verre rouge soufflé"));
        String blue = publish(craft("Verre soufflé bleu"));
        String wood = publish("\"kind\": \"craft\", \"craft\": \"wood\", \"title\": {\"fr\": \"Bois rouge\"}");
        awaitFound("q=verre", red, blue);
        // indexing is asynchronous: the last one published may show after the other two
        awaitFound("q=bois", wood);
        assertThat(found("q=" + enc("\"verre rouge\""))).as("phrase").containsExactly(red);
        assertThat(found("q=" + enc("verre -bleu"))).as("exclusion").containsExactly(red);
        assertThat(found("q=" + enc("bleu OR bois"))).as("or").containsExactlyInAnyOrder(blue, wood);
        assertThat(found("q=" + enc("rouge verre"))).as("and").containsExactly(red);
        assertThat(found("q=" + enc("-verre"))).as("only exclusion").containsExactly(wood);
    }

    @Test
    void queryParserSyntaxIsTakenLiterally() {
        String id = publish(craft("Verre"));
        awaitFound("q=verre", id);
        for (String q : List.of("title:x*", "((", "\"", "verre)", "*", "?", "~1", "a AND NOT", "OR", "-", "\\",
                "[1 TO 2]", "{!}", "verre^10", "%", "\u0000", "\"verre", "OR OR verre OR")) {
            MvcTestResult result = get("/api/v1/entries?territory=" + territory + "&q=" + enc(q));
            assertThat(result).as(q).hasStatus(200);
        }
        assertThat(found("q=" + enc("title:verre"))).isEmpty();
        assertThat(found("q=" + enc("verre)"))).containsExactly(id);
    }

    // ---------- filters and facets

    @Test
    void everyFilterNarrowsAndFacetsCount() {
        String other = api.territory("search-jp", "JP");
        String glass = publish(craft("Verre A") + ", \"training\": true, \"tags\": [\"Lorraine\"],"
                + " \"artForms\": [\"craft\", \"design\"]");
        String pottery = publish("\"kind\": \"craft\", \"craft\": \"pottery\", \"title\": {\"fr\": \"Poterie\"},"
                + " \"training\": false, \"tags\": [\"Lorraine\", \"grès\"]");
        String site = publish("\"kind\": \"heritage-site\", \"designation\": \"world-heritage\","
                + " \"title\": {\"fr\": \"Place Stanislas\"}, \"artForms\": [\"heritage\"]");
        String jp = publish(other, craft("Verre de Kanazawa"));
        String both = territory + "," + other;
        await().atMost(DEADLINE).untilAsserted(() -> assertThat(
                ids(api.body(get("/api/v1/entries?territory=" + both)))).hasSize(4));

        assertThat(found("kind=craft")).containsExactlyInAnyOrder(glass, pottery);
        assertThat(found("kind=heritage-site")).containsExactly(site);
        assertThat(found("craft=pottery")).containsExactly(pottery);
        assertThat(found("craft=glass&craft=pottery")).containsExactlyInAnyOrder(glass, pottery);
        assertThat(found("designation=world-heritage")).containsExactly(site);
        assertThat(found("artForm=design")).containsExactly(glass);
        assertThat(found("tag=lorraine")).containsExactlyInAnyOrder(glass, pottery);
        assertThat(found("tag=" + enc("grès"))).containsExactly(pottery);
        assertThat(found("training=true")).containsExactly(glass);
        assertThat(found("training=false")).containsExactly(pottery);
        JsonNode across = api.body(get("/api/v1/entries?territory=" + both + "&country=jp"));
        assertThat(ids(across)).containsExactly(jp);

        JsonNode facets = api.body(get("/api/v1/entries?territory=" + both)).get("facets");
        assertThat(facets.get("kind").toString()).contains("{\"value\":\"craft\",\"count\":3}",
                "{\"value\":\"heritage-site\",\"count\":1}");
        assertThat(facets.get("country").toString()).contains("{\"value\":\"FR\",\"count\":3}",
                "{\"value\":\"JP\",\"count\":1}");
        assertThat(facets.get("territory").toString()).contains("{\"value\":\"" + territory + "\",\"count\":3}");
        assertThat(facets.get("craft").toString()).contains("{\"value\":\"glass\",\"count\":2}");
        assertThat(facets.get("designation").toString()).contains("{\"value\":\"world-heritage\",\"count\":1}");
        assertThat(facets.get("artForm").toString()).contains("{\"value\":\"craft\",\"count\":1}",
                "{\"value\":\"heritage\",\"count\":1}");
        assertThat(facets.get("tag").toString()).contains("{\"value\":\"Lorraine\",\"count\":2}");

        JsonNode filtered = search("kind=craft&facets=craft,tag");
        assertThat(filtered.get("facets").propertyNames()).containsExactlyInAnyOrder("craft", "tag");
        assertThat(filtered.get("facets").get("craft").toString()).contains("{\"value\":\"pottery\",\"count\":1}");
        assertThat(search("facets=").get("facets").isEmpty()).isTrue();
    }

    @Test
    void datesOverlapTheRangeForExhibitionsAndEvents() {
        String spring = publish("\"kind\": \"exhibition\", \"title\": {\"fr\": \"Printemps\"},"
                + " \"startDate\": \"2030-03-01\", \"endDate\": \"2030-05-31\"");
        String july = publish("\"kind\": \"event\", \"title\": {\"fr\": \"Fête\"},"
                + " \"startDate\": \"2030-07-14\", \"endDate\": \"2030-07-14\"");
        publish(craft("Sans date"));
        awaitTotal(3);
        assertThat(found("from=2030-05-01&to=2030-06-30")).containsExactly(spring);
        assertThat(found("from=2030-07-14")).containsExactly(july);
        assertThat(found("to=2030-03-01")).containsExactly(spring);
        assertThat(found("from=2030-06-01&to=2030-07-01")).isEmpty();
        assertThat(found("sort=date")).startsWith(spring, july);
    }

    @Test
    void nearRadiusAndBoundingBoxFilterAndDistanceSorts() {
        String nancy = publish(craft("Nancy") + ", \"location\": {\"lat\": 48.6921, \"lon\": 6.1844}");
        String luneville = publish(craft("Lunéville") + ", \"location\": {\"lat\": 48.5894, \"lon\": 6.4967}");
        String kanazawa = publish(craft("Kanazawa") + ", \"location\": {\"lat\": 36.5613, \"lon\": 136.6562}");
        publish(craft("Nowhere"));
        awaitTotal(4);
        assertThat(found("near=48.69,6.18")).containsExactly(nancy);
        assertThat(found("near=48.69,6.18&radius=50&sort=distance")).containsExactly(nancy, luneville);
        JsonNode body = search("near=48.69,6.18&radius=50&sort=distance");
        assertThat(body.get("items").get(1).get("distanceKm").asDouble()).isBetween(20.0, 30.0);
        assertThat(found("bbox=130,30,140,40")).containsExactly(kanazawa);
        assertThat(found("bbox=6,48,7,49")).containsExactlyInAnyOrder(nancy, luneville);
    }

    @Test
    void sortsByUpdatedAndTitleInTheAskedLanguage() {
        String b = publish("\"kind\": \"craft\", \"craft\": \"glass\", \"title\": {\"fr\": \"Bleu\", \"en\": \"Zinc\"}");
        String a = publish("\"kind\": \"craft\", \"craft\": \"glass\", \"title\": {\"fr\": \"Azur\", \"en\": \"Yellow\"}");
        String c = publish("\"kind\": \"craft\", \"craft\": \"glass\", \"title\": {\"fr\": \"Émeraude\"}");
        awaitTotal(3);
        assertThat(found("sort=title&lang=fr")).containsExactly(a, b, c);
        assertThat(found("sort=title&lang=en")).containsExactly(c, a, b);
        assertThat(found("")).containsExactly(c, a, b);
    }

    // ---------- representation

    @Test
    void highlightsMarkMatchesAndEscapeEverythingElse() {
        publish(craft("<b>Verre</b> & cristal") + ", \"summary\": {\"fr\": \"Le verre <script>soufflé</script>\"}");
        await().atMost(DEADLINE).ignoreExceptions().untilAsserted(() -> {
            JsonNode highlight = search("q=verre").get("items").get(0).get("highlight");
            assertThat(highlight.get("title").stringValue())
                    .isEqualTo("&lt;b&gt;<mark>Verre</mark>&lt;&#x2F;b&gt; &amp; cristal");
            assertThat(highlight.get("text").stringValue()).contains("<mark>verre</mark>").doesNotContain("<script>");
        });
    }

    @Test
    void langLocalisesItemsAndResponsesAreCacheable() {
        String id = publish("\"kind\": \"craft\", \"craft\": \"glass\", \"title\": {\"fr\": \"Verre\", \"ja\": \"ガラス\"},"
                + " \"summary\": {\"fr\": \"Soufflé\"}");
        awaitFound("", id);
        JsonNode body = search("lang=ja");
        assertThat(body.get("lang").stringValue()).isEqualTo("ja");
        assertThat(body.get("items").get(0).get("title").stringValue()).isEqualTo("ガラス");
        assertThat(body.get("items").get(0).get("summary").stringValue()).isEqualTo("Soufflé");
        assertThat(body.get("items").get(0).get("languages").toString()).isEqualTo("[\"fr\",\"ja\"]");

        MvcTestResult first = get("/api/v1/entries?territory=" + territory);
        String etag = first.getResponse().getHeader(HttpHeaders.ETAG);
        assertThat(etag).startsWith("\"");
        assertThat(first.getResponse().getHeader(HttpHeaders.CACHE_CONTROL)).contains("public");
        var again = api.mvc().get().uri("/api/v1/entries?territory=" + territory)
                .header(HttpHeaders.IF_NONE_MATCH, etag).exchange();
        assertThat(again).hasStatus(304);
    }

    @Test
    void geoJsonListsTheSamePageAsFeatures() {
        String placed = publish(craft("Nancy") + ", \"location\": {\"lat\": 48.6921, \"lon\": 6.1844}");
        String unplaced = publish(craft("Ailleurs"));
        awaitTotal(2);
        var result = api.mvc().get().uri("/api/v1/entries?territory=" + territory + "&sort=title&lang=fr")
                .header(HttpHeaders.ACCEPT, "application/geo+json").exchange();
        assertThat(result).hasStatus(200).hasContentType("application/geo+json");
        JsonNode body = api.body(result);
        assertThat(body.get("type").stringValue()).isEqualTo("FeatureCollection");
        assertThat(body.get("features").get(0).get("id").stringValue()).isEqualTo(unplaced);
        assertThat(body.get("features").get(0).get("geometry").isNull()).isTrue();
        JsonNode feature = body.get("features").get(1);
        assertThat(feature.get("id").stringValue()).isEqualTo(placed);
        assertThat(feature.get("geometry").toString()).isEqualTo("{\"type\":\"Point\",\"coordinates\":[6.1844,48.6921]}");
        assertThat(feature.get("properties").get("title").stringValue()).isEqualTo("Nancy");
    }

    // ---------- paging

    @Test
    void cursorWalkReturnsEveryHitExactlyOnceAndPagesSlice() {
        List<String> all = new ArrayList<>();
        for (int i = 0; i < 23; i++) {
            all.add(publish(craft("Verre numéro " + i)));
        }
        awaitTotal(23);
        for (String sort : List.of("relevance&q=verre", "updated", "title")) {
            List<String> walked = new ArrayList<>();
            String cursor = null;
            int pages = 0;
            do {
                JsonNode page = search("size=5&sort=" + sort + (cursor == null ? "" : "&cursor=" + cursor));
                walked.addAll(ids(page));
                cursor = page.get("next").isNull() ? null : page.get("next").stringValue();
                pages++;
            } while (cursor != null && pages < 10);
            assertThat(walked).as(sort).hasSize(23).containsExactlyInAnyOrderElementsOf(all);
        }
        List<String> ordered = found("size=23&sort=updated");
        assertThat(found("size=5&page=2&sort=updated")).isEqualTo(ordered.subList(5, 10));
        assertThat(found("size=5&page=5&sort=updated")).isEqualTo(ordered.subList(20, 23));
        assertThat(search("size=5&page=5&sort=updated").get("next").isNull()).isTrue();
        assertThat(search("size=20").get("items")).hasSize(20);
        assertThat(search("").get("items")).hasSize(20);
    }

    @Test
    void tamperedOrForeignCursorsAreRefused() {
        for (int i = 0; i < 3; i++) {
            publish(craft("Verre " + i));
        }
        awaitTotal(3);
        String next = search("size=1").get("next").stringValue();
        int middle = next.length() / 2;
        String tampered = next.substring(0, middle) + (next.charAt(middle) == 'A' ? 'B' : 'A')
                + next.substring(middle + 1);
        assertThat(get("/api/v1/entries?territory=" + territory + "&size=1&cursor=" + tampered)).hasStatus(400);
        assertThat(get("/api/v1/entries?territory=" + territory + "&size=1&sort=title&cursor=" + next))
                .hasStatus(400);
        assertThat(get("/api/v1/entries?territory=" + territory + "&size=1&cursor=" + next)).hasStatus(200);
    }

    // ---------- only published, near-real-time

    @Test
    void publishedEntriesAppearAndChangesFollowQuickly() {
        String draft = create(territory, craft("Brouillon verrier"));
        String id = publish(craft("Cristallerie de Baccarat"));
        awaitFound("q=cristallerie", id);
        assertThat(found("q=brouillon")).isEmpty();

        var put = api.mvc().put().uri("/api/v1/entries/" + id)
                .header(HttpHeaders.AUTHORIZATION, TestApi.bearer(TestApi.ADMIN)).header(HttpHeaders.IF_MATCH, "*")
                .contentType(org.springframework.http.MediaType.APPLICATION_JSON).content("{" + craft("Faïencerie") + "}")
                .exchange();
        assertThat(put).hasStatus(200);
        awaitFound("q=faiencerie", id);
        assertThat(found("q=cristallerie")).isEmpty();

        assertThat(api.send("POST", "/api/v1/entries/" + id + "/archive", TestApi.ADMIN, null)).hasStatus(200);
        awaitFound("q=faiencerie");
        String deleted = publish(craft("Émaux"));
        awaitFound("q=emaux", deleted);
        assertThat(api.send("DELETE", "/api/v1/entries/" + deleted, TestApi.ADMIN, null)).hasStatus(204);
        awaitFound("q=emaux");
        assertThat(draft).isNotNull();
    }

    @Test
    void territoryRenameReindexesItsEntries() {
        String id = publish(craft("Atelier"));
        awaitFound("", id);
        var put = api.send("PUT", "/api/v1/territories/" + territory, TestApi.ADMIN, """
                {"slug": "%s", "name": {"fr": "Meisenthal"}, "country": "FR"}""".formatted(territory));
        assertThat(put).hasStatus(200);
        awaitFound("q=meisenthal", id);
    }

    @Test
    void aFailedIndexingIsReplayedFromTheOutbox() {
        String id = create(territory, craft("Dinanderie"));
        attachments.failing.add(id);
        int failuresBefore = attachments.failures.get();
        api.publish(TestApi.ADMIN, id);
        await().atMost(DEADLINE).until(() -> attachments.failures.get() > failuresBefore);
        assertThat(found("q=dinanderie")).isEmpty();

        attachments.failing.remove(id);
        await().atMost(DEADLINE).untilAsserted(() -> {
            incomplete.resubmitIncompletePublications(p -> p.getEvent() instanceof EntryEvent e
                    && e.entryId().equals(id));
            assertThat(found("q=dinanderie")).containsExactly(id);
        });
    }

    // ---------- rebuild

    @Test
    void reindexRebuildsWhileSearchKeepsAnswering() throws Exception {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(publish(craft("Verre " + i)));
        }
        awaitTotal(5);
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService readers = Executors.newFixedThreadPool(2);
        List<Future<Set<Long>>> seen = new ArrayList<>();
        for (int r = 0; r < 2; r++) {
            seen.add(readers.submit(() -> {
                Set<Long> totals = new HashSet<>();
                while (running.get()) {
                    MvcTestResult result = get("/api/v1/entries?size=0&q=verre&territory=" + territory);
                    assertThat(result).hasStatus(200);
                    totals.add(api.body(result).get("total").asLong());
                }
                return totals;
            }));
        }
        try {
            for (int round = 0; round < 3; round++) {
                assertThat(api.send("POST", "/api/v1/admin/reindex", TestApi.ADMIN, null)).hasStatus(202);
                indexer.awaitRebuild();
            }
        } finally {
            running.set(false);
            readers.shutdown();
        }
        for (Future<Set<Long>> totals : seen) {
            assertThat(totals.get()).containsOnly(5L);
        }
        assertThat(found("q=verre&size=10")).containsExactlyInAnyOrderElementsOf(ids);
    }

    @Test
    void startUpCatchUpRebuildsAnIndexBehindTheStore() throws Exception {
        String id = publish(craft("Vitrail"));
        awaitFound("q=vitrail", id);
        engine.rebuild(List.of(), any -> java.util.Optional.empty());
        assertThat(found("q=vitrail")).isEmpty();
        indexer.catchUp();
        indexer.awaitRebuild();
        awaitFound("q=vitrail", id);
    }

    @Test
    void reindexIsForTheAdminOnly() {
        String editor = api.editorToken(territory);
        assertThat(api.send("POST", "/api/v1/admin/reindex", null, null)).hasStatus(401);
        assertThat(api.send("POST", "/api/v1/admin/reindex", editor, null)).hasStatus(403);
    }

    // ---------- suggestions and related entries

    @Test
    void suggestionsCompletePrefixesInEveryLanguage() {
        String tomioka = publish("\"kind\": \"heritage-site\", \"title\": {\"ja\": \"富岡製糸場\", \"fr\": \"Filature de Tomioka\"}");
        String kutani = publish("\"kind\": \"craft\", \"craft\": \"pottery\","
                + " \"title\": {\"ja\": \"九谷焼\", \"en\": \"Kutani porcelain\"}");
        awaitTotal(2);
        assertThat(suggest("q=" + enc("filature de tom"))).contains(tomioka);
        assertThat(suggest("q=" + enc("富岡") + "&lang=ja")).contains(tomioka);
        assertThat(suggest("q=" + enc("製糸"))).contains(tomioka);
        assertThat(suggest("q=" + enc("とみおか"))).contains(tomioka);
        assertThat(suggest("q=" + enc("くたに") + "&lang=ja")).contains(kutani);
        assertThat(suggest("q=kutani%20porc&lang=en")).contains(kutani);
        JsonNode body = api.body(get("/api/v1/suggest?q=" + enc("九谷") + "&lang=ja"));
        assertThat(body.get(0).get("text").stringValue()).isEqualTo("九谷焼");
        assertThat(body.get(0).get("entryId").stringValue()).isEqualTo(kutani);
    }

    List<String> suggest(String params) {
        MvcTestResult result = get("/api/v1/suggest?size=20&" + params);
        assertThat(result).hasStatus(200);
        return StreamSupport.stream(api.body(result).spliterator(), false).map(s -> s.get("entryId").stringValue())
                .toList();
    }

    @Test
    void relatedEntriesListPartnersFirst() {
        String partner = api.territory("search-partner", "JP");
        String stranger = api.territory("search-stranger");
        assertThat(api.send("PUT", "/api/v1/territories/" + territory + "/partners", TestApi.ADMIN,
                "[{\"territory\": \"" + partner + "\", \"relation\": \"twinning\"}]")).hasStatus(200);
        String source = publish(craft("Verre soufflé émaillé") + ", \"tags\": [\"émail\"]");
        String near = publish(stranger, craft("Verre soufflé émaillé de Meisenthal") + ", \"tags\": [\"émail\"]");
        String far = publish(partner, craft("Verre soufflé de Kanazawa"));
        await().atMost(DEADLINE).untilAsserted(() -> {
            MvcTestResult result = get("/api/v1/entries/" + source + "/related?size=50");
            assertThat(result).hasStatus(200);
            List<String> related = ids(api.body(result));
            assertThat(related).contains(far, near).doesNotContain(source);
            assertThat(related.indexOf(far)).isLessThan(related.indexOf(near));
        });
        assertThat(get("/api/v1/entries/nope/related")).hasStatus(404);
    }

    // ---------- malformed requests

    @Nested
    class MalformedRequests {

        @Test
        void badParametersAreProblemsNeverServerErrors() {
            List<String> unexpected = new ArrayList<>();
            for (String params : List.of("kind=nope", "size=abc", "size=101", "size=-1", "page=0", "page=x",
                    "page=1000&size=100", "near=abc", "near=91,0", "near=1", "near=1,2&radius=-1", "radius=5",
                    "bbox=1,2", "bbox=a,b,c,d", "bbox=0,10,1,5", "from=2020-13-45", "to=yesterday",
                    "from=2020-02-01&to=2020-01-01", "lang=xx", "sort=foo", "sort=distance", "cursor=!!!",
                    "cursor=" + "A".repeat(5000), "facets=nope", "training=maybe", "craft=glass,nope",
                    "designation=x", "artForm=x", "page=1&cursor=abc", "q=" + enc("a ".repeat(40)),
                    "q=" + "x".repeat(600), "near=NaN,1", "near=Infinity,1", "size=99999999999",
                    "q=a&q=b")) {
                MvcTestResult result = get("/api/v1/entries?" + params);
                String type = String.valueOf(result.getResponse().getContentType());
                if (result.getResponse().getStatus() != 400 || !type.contains("problem+json")) {
                    unexpected.add(params + " -> " + result.getResponse().getStatus() + " " + type);
                }
            }
            assertThat(unexpected).isEmpty();
        }

        @Test
        void badSuggestAndRelatedParametersAreProblems() {
            assertThat(get("/api/v1/suggest?q=a&size=0")).hasStatus(400);
            assertThat(get("/api/v1/suggest?q=a&size=x")).hasStatus(400);
            assertThat(get("/api/v1/suggest?q=a&lang=de")).hasStatus(400);
            assertThat(get("/api/v1/suggest")).hasStatus(200);
            assertThat(get("/api/v1/suggest?q=" + enc("\"((*:"))).hasStatus(200);
            assertThat(get("/api/v1/entries/x/related?size=abc")).hasStatus(400);
            assertThat(get("/api/v1/entries/x/related?size=0")).hasStatus(400);
        }
    }
}
