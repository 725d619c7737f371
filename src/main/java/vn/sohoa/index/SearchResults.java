package vn.sohoa.index;

import java.util.List;

/** One page of search results. */
public record SearchResults(long total, List<Hit> hits) {

    /** A matching record: its id, score, file name and a snippet with the match in {@code <b>}. */
    public record Hit(String id, float score, String fileName, String snippet) {
    }
}
