package vn.sohoa.pipeline.index;

import java.io.IOException;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

/**
 * Counts the matching records by the values of the {@code facet.*} doc-values fields: plain
 * per-segment ordinal counting, merged by value at the end of each segment. Enough for the handful
 * of values a type or an agency takes; no taxonomy index to keep in step with the main one.
 */
final class FacetCounter implements CollectorManager<FacetCounter.Counting, Map<String, List<SearchResults.FacetCount>>> {

    private final List<String> facets;
    private final int top;

    FacetCounter(List<String> facets, int top) {
        this.facets = facets;
        this.top = top;
    }

    @Override
    public Counting newCollector() {
        return new Counting(facets);
    }

    @Override
    public Map<String, List<SearchResults.FacetCount>> reduce(Collection<Counting> collectors) {
        Map<String, List<SearchResults.FacetCount>> result = new LinkedHashMap<>();
        for (int f = 0; f < facets.size(); f++) {
            Map<String, Long> merged = new HashMap<>();
            for (Counting collector : collectors) {
                collector.finishSegment();
                collector.totals.get(f).forEach((value, count) -> merged.merge(value, count, Long::sum));
            }
            result.put(facets.get(f), merged.entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                    .limit(top)
                    .map(e -> new SearchResults.FacetCount(e.getKey(), e.getValue()))
                    .toList());
        }
        return result;
    }

    /** Collects one search's facet counts; not thread-safe (one per slice, as Lucene asks). */
    static final class Counting extends SimpleCollector {

        private final List<String> facets;
        private final List<Map<String, Long>> totals;
        private SortedSetDocValues[] values;
        private long[][] counts;

        Counting(List<String> facets) {
            this.facets = facets;
            this.totals = facets.stream().map(f -> (Map<String, Long>) new HashMap<String, Long>()).toList();
        }

        @Override
        protected void doSetNextReader(LeafReaderContext context) throws IOException {
            finishSegment();
            values = new SortedSetDocValues[facets.size()];
            counts = new long[facets.size()][];
            for (int f = 0; f < facets.size(); f++) {
                values[f] = DocValues.getSortedSet(context.reader(), RecordDocuments.facet(facets.get(f)));
                counts[f] = new long[(int) values[f].getValueCount()];
            }
        }

        @Override
        public void collect(int doc) throws IOException {
            for (int f = 0; f < values.length; f++) {
                SortedSetDocValues docValues = values[f];
                if (docValues.advanceExact(doc)) {
                    for (int i = 0; i < docValues.docValueCount(); i++) {
                        counts[f][(int) docValues.nextOrd()]++;
                    }
                }
            }
        }

        /** Turns the segment's ordinal counts into counts by value (ordinals are per segment). */
        void finishSegment() {
            if (counts == null) {
                return;
            }
            try {
                for (int f = 0; f < counts.length; f++) {
                    for (int ord = 0; ord < counts[f].length; ord++) {
                        if (counts[f][ord] > 0) {
                            totals.get(f).merge(values[f].lookupOrd(ord).utf8ToString(), counts[f][ord], Long::sum);
                        }
                    }
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException("Cannot read facet values", e);
            }
            counts = null;
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }
}
