package org.passerelle.search.lucene;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.UHComponents;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.apache.lucene.util.BytesRef;
import org.passerelle.search.SearchDocument;
import org.passerelle.search.TextFields;
import org.passerelle.shared.Lang;

/**
 * Highlights of a page of hits, from the offsets stored in the index: the title and one passage of
 * text (summary, then description, then documents) in the first language, in the caller's fallback
 * order, where the query matched. Matched words are wrapped in {@code <mark>}, everything else is
 * HTML-escaped by the formatter.
 * <p>
 * Fields are highlighted one at a time in that order, each only for the hits that have no highlight
 * yet: most hits match in their first field, so most of the twelve candidate fields are never read
 * (highlighting them all at once cost more than the search itself on broad queries). The texts come
 * from the hits' sources, already read for the page, rather than from stored copies of every field.
 */
final class LuceneHighlights {

    private static final int PASSAGES = 2;
    private static final DefaultPassageFormatter FORMATTER =
            new DefaultPassageFormatter("<mark>", "</mark>", " … ", true);
    private static final List<String> TEXTS = List.of(TextFields.SUMMARY, TextFields.DESCRIPTION, TextFields.DOCUMENTS);

    private static final PassageScorer SCORER = new LeanPassageScorer();

    private final Analyzers analyzers;

    LuceneHighlights(Analyzers analyzers) {
        this.analyzers = analyzers;
    }

    /** One map per doc id, in the same order: {@code title} and/or {@code text}, absent when nothing matched. */
    List<Map<String, String>> of(IndexSearcher searcher, Query query, int[] docIds, SearchDocument[] sources,
            Lang lang) throws IOException {
        Map<Integer, SearchDocument> byDoc = new java.util.HashMap<>();
        for (int i = 0; i < docIds.length; i++) {
            byDoc.put(docIds[i], sources[i]);
        }
        List<Lang> order = lang == null ? List.of(Lang.values()) : lang.fallbackOrder();
        List<String> titleFields = new ArrayList<>();
        List<String> textFields = new ArrayList<>();
        for (Lang l : order) {
            titleFields.add(TextFields.text(TextFields.TITLE, l));
            for (String base : TEXTS) {
                textFields.add(TextFields.text(base, l));
            }
        }
        String[] titles = firstMatches(highlighter(searcher, true, byDoc), titleFields, query, docIds, 1);
        String[] texts = firstMatches(highlighter(searcher, false, byDoc), textFields, query, docIds, PASSAGES);
        List<Map<String, String>> result = new ArrayList<>(docIds.length);
        for (int i = 0; i < docIds.length; i++) {
            Map<String, String> highlight = new LinkedHashMap<>();
            if (titles[i] != null) {
                highlight.put("title", titles[i]);
            }
            if (texts[i] != null) {
                highlight.put("text", texts[i]);
            }
            result.add(highlight);
        }
        return result;
    }

    /** Per hit, the highlight of the first field (in order) where the query matched, or null. */
    private static String[] firstMatches(UnifiedHighlighter highlighter, List<String> fields, Query query,
            int[] docIds, int passages) throws IOException {
        String[] found = new String[docIds.length];
        int missing = docIds.length;
        for (String field : fields) {
            if (missing == 0) {
                break;
            }
            int[] pending = new int[missing];
            int[] positions = new int[missing];
            for (int i = 0, n = 0; i < docIds.length; i++) {
                if (found[i] == null) {
                    pending[n] = docIds[i];
                    positions[n++] = i;
                }
            }
            String[] values = highlighter.highlightFields(new String[] {field}, query, pending,
                    new int[] {passages}).get(field);
            for (int n = 0; values != null && n < pending.length; n++) {
                String value = values[n];
                if (value != null && value.contains("<mark>")) {
                    found[positions[n]] = value.strip();
                    missing--;
                }
            }
        }
        return found;
    }

    private UnifiedHighlighter highlighter(IndexSearcher searcher, boolean whole, Map<Integer, SearchDocument> sources) {
        UnifiedHighlighter.Builder builder = UnifiedHighlighter.builder(searcher, analyzers.perField())
                .withFormatter(FORMATTER)
                .withBreakIterator(whole ? WholeBreakIterator::new
                        : () -> BreakIterator.getSentenceInstance(Locale.ROOT))
                // term offsets from the postings, without per-field query weights: several times faster
                .withWeightMatches(false).withPassageRelevancyOverSpeed(false)
                .withMaxNoHighlightPassages(0).withScorer(SCORER);
        return new SourceHighlighter(builder, sources);
    }

    /** Reads field texts from the hits' sources; offsets always come from the postings. */
    private static final class SourceHighlighter extends UnifiedHighlighter {

        private final Map<Integer, SearchDocument> sources;

        SourceHighlighter(Builder builder, Map<Integer, SearchDocument> sources) {
            super(builder);
            this.sources = sources;
        }

        /** Every highlighted field has offsets in its postings; asking the index costs a merge of field infos. */
        @Override
        protected OffsetSource getOptimizedOffsetSource(UHComponents components) {
            return OffsetSource.POSTINGS;
        }

        @Override
        protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs, int cacheCharsThreshold)
                throws IOException {
            List<CharSequence[]> values = new ArrayList<>();
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                SearchDocument source = sources.get(doc);
                CharSequence[] texts = new CharSequence[fields.length];
                for (int i = 0; i < fields.length; i++) {
                    texts[i] = source == null ? "" : LuceneSources.indexedText(source, fields[i],
                            MULTIVAL_SEP_CHAR);
                }
                values.add(texts);
            }
            return values;
        }
    }

    /**
     * Lucene's passage score (BM25 of the passage's distinct terms, favouring early passages), computed
     * without the hash table Lucene builds for every candidate passage: its 32 KB block per passage was
     * most of the garbage a search made. Same formula, same terms in the same order, same score.
     */
    private static final class LeanPassageScorer extends PassageScorer {

        /** Beyond this many matches in one passage, the pairwise comparison costs more than the hash. */
        private static final int LINEAR_LIMIT = 64;

        @Override
        public float score(Passage passage, int contentLength) {
            int matches = passage.getNumMatches();
            if (matches > LINEAR_LIMIT) {
                return super.score(passage, contentLength);
            }
            BytesRef[] terms = passage.getMatchTerms();
            int[] inDoc = passage.getMatchTermFreqsInDoc();
            BytesRef[] distinct = new BytesRef[matches];
            int[] inPassage = new int[matches];
            int[] inDocument = new int[matches];
            int count = 0;
            next:
            for (int i = 0; i < matches; i++) {
                for (int j = 0; j < count; j++) {
                    if (distinct[j].bytesEquals(terms[i])) {
                        inPassage[j]++;
                        continue next;
                    }
                }
                distinct[count] = terms[i];
                inDocument[count] = inDoc[i];
                inPassage[count++] = 1;
            }
            double score = 0;
            for (int j = 0; j < count; j++) {
                score += tf(inPassage[j], passage.getLength()) * weight(contentLength, inDocument[j]);
            }
            score *= norm(passage.getStartOffset());
            return (float) score;
        }
    }
}
