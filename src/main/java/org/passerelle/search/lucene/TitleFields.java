package org.passerelle.search.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.util.BytesRef;
import org.passerelle.search.SuggestQuery;
import org.passerelle.search.TextFields;
import org.passerelle.shared.Lang;

/**
 * The fields a title gives beside its analysed text: a sort key per language (falling back as the
 * reader's language does), and the suggestion fields (its words, the whole folded title and, for
 * Japanese, its katakana reading) that {@link SuggestQuery} matches a prefix against.
 */
final class TitleFields {

    private final Analyzers analyzers;

    TitleFields(Analyzers analyzers) {
        this.analyzers = analyzers;
    }

    void add(Document doc, Map<String, String> title) {
        for (Lang lang : Lang.values()) {
            String picked = lang.pick(title);
            if (picked != null) {
                doc.add(new SortedDocValuesField(TextFields.titleSort(lang), new BytesRef(sortKey(picked))));
            }
            String own = LuceneDocuments.get(title, lang);
            if (own == null || own.isBlank()) {
                continue;
            }
            doc.add(new TextField(SuggestQuery.words(lang), own, Field.Store.NO));
            doc.add(new StringField(SuggestQuery.full(lang), Analyzers.fold(own), Field.Store.NO));
            if (lang == Lang.ja) {
                // one Kuromoji pass gives both the reading's words and the whole reading
                List<String> reading = readingOf(own);
                doc.add(new TextField(SuggestQuery.READING, new Tokens(reading)));
                doc.add(new StringField(SuggestQuery.READING_FULL, bounded(String.join("", reading)),
                        Field.Store.NO));
            }
        }
    }

    /** Sort keys are bounded: doc values terms have a size limit, and a long title sorts by its start. */
    private static String sortKey(String title) {
        String folded = Analyzers.fold(title);
        return folded.length() > 200 ? folded.substring(0, 200) : folded;
    }

    /** The title read in katakana, word by word (トミオカ, セイシ, ジョウ): what the reading analyser yields. */
    private List<String> readingOf(String text) {
        List<String> words = new ArrayList<>();
        try (TokenStream stream = analyzers.reading().tokenStream(SuggestQuery.READING, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                words.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }

    private static String bounded(String key) {
        return key.length() > 200 ? key.substring(0, 200) : key;
    }

    /** Words already analysed, indexed as they are. */
    private static final class Tokens extends TokenStream {

        private final List<String> words;
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private int next;

        Tokens(List<String> words) {
            this.words = words;
        }

        @Override
        public boolean incrementToken() {
            if (next >= words.size()) {
                return false;
            }
            clearAttributes();
            term.setEmpty().append(words.get(next++));
            return true;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            next = 0;
        }
    }
}
