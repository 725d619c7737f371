package vn.sohoa.pipeline.index;

import java.util.List;
import java.util.Map;

/**
 * One page of search results.
 *
 * @param total  records matching (all pages)
 * @param offset hits skipped before this page
 * @param facets when asked for: counts by {@code typeName}, {@code organName} and {@code year},
 *               largest first
 */
public record SearchResults(long total, int offset, List<Hit> hits, Map<String, List<FacetCount>> facets) {

    public SearchResults(long total, List<Hit> hits) {
        this(total, 0, hits, Map.of());
    }

    /**
     * A matching record: its id, score, file name, a snippet (HTML: the document's text escaped,
     * the matches in {@code <b>}, see {@code Snippet}), its batch, its metadata values by field
     * name, how many dossiers reused it, whether a person must still check it, and when it was
     * archived (null for records indexed before that was kept).
     */
    public record Hit(String id, float score, String fileName, String snippet, String batch,
                      Map<String, List<String>> fields, int reuseCount, boolean needsReview, java.time.Instant archivedAt) {
    }

    /** How many matching records have this value. */
    public record FacetCount(String value, long count) {
    }
}
