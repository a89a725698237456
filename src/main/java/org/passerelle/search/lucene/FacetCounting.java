package org.passerelle.search.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState.OrdRange;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.util.LongValues;
import org.passerelle.search.SearchResult.FacetCount;

/**
 * Counts the matching entries and their facet values while they are collected: each segment counts
 * in its own ordinals (no set of hits kept, no second pass over them), then maps its counts to the
 * index's ordinals. Each slice of a parallel search counts its own segments, on its own thread.
 */
final class FacetCounting implements CollectorManager<FacetCounting.Counter, FacetCounting.Counts> {

    private final SortedSetDocValuesReaderState state;
    /** Segment ordinals to the index's; null when the index has a single segment. */
    private final OrdinalMap ordinals;

    FacetCounting(SortedSetDocValuesReaderState state) throws IOException {
        this.state = state;
        this.ordinals = state.getDocValues() instanceof MultiDocValues.MultiSortedSetDocValues multi
                ? multi.mapping : null;
    }

    @Override
    public Counter newCollector() {
        return new Counter(new int[state.getSize()]);
    }

    @Override
    public Counts reduce(Collection<Counter> counters) {
        int[] counts = new int[state.getSize()];
        long hits = 0;
        for (Counter counter : counters) {
            hits += counter.hits;
            for (int ord = 0; ord < counts.length; ord++) {
                counts[ord] += counter.counts[ord];
            }
        }
        return new Counts(state, hits, counts);
    }

    /** The number of hits, and the values of each facet with their counts. */
    record Counts(SortedSetDocValuesReaderState state, long hits, int[] counts) {

        /** The most frequent values of one facet (most first, then in label order); empty when none. */
        List<FacetCount> top(String dim, int size) throws IOException {
            OrdRange range = state.getOrdRange(dim);
            if (range == null) {
                return List.of();
            }
            List<Integer> present = new ArrayList<>();
            for (int ord = range.start; ord <= range.end; ord++) {
                if (counts[ord] > 0) {
                    present.add(ord);
                }
            }
            // ordinals follow the labels' order: a tie keeps the first label first
            present.sort((a, b) -> counts[a] != counts[b] ? Integer.compare(counts[b], counts[a])
                    : Integer.compare(a, b));
            SortedSetDocValues labels = state.getDocValues();
            List<FacetCount> values = new ArrayList<>();
            for (int ord : present.subList(0, Math.min(size, present.size()))) {
                String[] path = FacetsConfig.stringToPath(labels.lookupOrd(ord).utf8ToString());
                values.add(new FacetCount(path[path.length - 1], counts[ord]));
            }
            return values;
        }
    }

    final class Counter implements Collector {

        private final int[] counts;
        private long hits;

        private Counter(int[] counts) {
            this.counts = counts;
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            SortedSetDocValues values = DocValues.getSortedSet(context.reader(), state.getField());
            int[] segment = new int[(int) values.getValueCount()];
            LongValues global = ordinals == null ? null : ordinals.getGlobalOrds(context.ord);
            return new LeafCollector() {

                @Override
                public void setScorer(Scorable scorer) {
                    // counts need no score
                }

                @Override
                public void collect(int doc) throws IOException {
                    hits++;
                    if (values.advanceExact(doc)) {
                        for (int i = values.docValueCount(); i > 0; i--) {
                            segment[(int) values.nextOrd()]++;
                        }
                    }
                }

                @Override
                public void finish() {
                    for (int ord = 0; ord < segment.length; ord++) {
                        if (segment[ord] > 0) {
                            counts[global == null ? ord : (int) global.get(ord)] += segment[ord];
                        }
                    }
                }
            };
        }
    }
}
