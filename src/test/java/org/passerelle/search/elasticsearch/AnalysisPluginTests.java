package org.passerelle.search.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.passerelle.search.analysis.AnalysisChains;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The analysis plugin built by this project, installed in a real node: each analyser it registers
 * cuts, folds and stems exactly as the embedded engine's chain of the same name.
 */
@ExtendWith(NodeLogs.class)
class AnalysisPluginTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final Map<String, Supplier<Analyzer>> CHAINS = Map.of(
            AnalysisChains.FRENCH, AnalysisChains::french,
            AnalysisChains.ENGLISH, AnalysisChains::english,
            AnalysisChains.JAPANESE, AnalysisChains::japanese,
            AnalysisChains.LATIN_PREFIX, AnalysisChains::latinPrefix,
            AnalysisChains.JAPANESE_PREFIX, AnalysisChains::japanesePrefix,
            AnalysisChains.READING, AnalysisChains::reading);

    private static final List<String> TEXTS = List.of(
            "Les verreries de Nancy et l'artisanat d'art : céramique, faïence, émaux",
            "Qu'il soit tisserand ou potière, l'apprentie découvre les métiers d'Art",
            "The potter's workshops and Kanazawa's gold-leaf crafts, ceramics and glassworks",
            "富岡製糸場と絹産業遺産群", "金沢の九谷焼とガラス工芸、ｶﾀｶﾅ全角ＡＢＣ、コンピューター",
            "シャルトル大聖堂 Cathédrale de Chartres");

    private final ElasticsearchNode node = ElasticsearchNode.shared();

    @Test
    void everyAnalyserOfThePluginMatchesTheEmbeddedChain() throws IOException {
        for (var chain : CHAINS.entrySet()) {
            for (String text : TEXTS) {
                assertThat(remote(chain.getKey(), text)).as(chain.getKey() + " on " + text)
                        .isEqualTo(local(chain.getValue().get(), text));
            }
        }
    }

    @Test
    void frenchStemsPluralsDropsElisionAndFoldsAccents() {
        assertThat(remote(AnalysisChains.FRENCH, "verreries")).isEqualTo(remote(AnalysisChains.FRENCH, "verrerie"));
        assertThat(remote(AnalysisChains.FRENCH, "l'artisanat")).containsExactly("artisanat");
        assertThat(remote(AnalysisChains.FRENCH, "Céramiques")).isEqualTo(remote(AnalysisChains.FRENCH, "ceramique"));
    }

    @Test
    void japaneseSplitsCompoundsInSearchMode() {
        assertThat(remote(AnalysisChains.JAPANESE, "富岡製糸場")).contains("富岡", "製糸");
        assertThat(remote(AnalysisChains.READING, "富岡")).containsExactly("トミオカ");
    }

    private List<String> remote(String analyzer, String text) {
        String body = JSON.createObjectNode().put("analyzer", analyzer).put("text", text).toString();
        List<String> tokens = new ArrayList<>();
        for (JsonNode token : JSON.readTree(node.send("POST", "/_analyze", body)).path("tokens")) {
            tokens.add(token.path("token").asString());
        }
        return tokens;
    }

    private static List<String> local(Analyzer analyzer, String text) throws IOException {
        List<String> tokens = new ArrayList<>();
        try (analyzer; TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        }
        return tokens;
    }
}
