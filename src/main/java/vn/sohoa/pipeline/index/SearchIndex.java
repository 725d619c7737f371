package vn.sohoa.pipeline.index;

/**
 * The retrieval index: derived data, rebuildable from the bucket at any time.
 *
 * <p>Contract: {@link #index} adds or replaces the record with the same id (indexing a record
 * twice leaves one entry); nothing written (indexed or deleted) is visible to {@link #search}
 * before {@link #commit}, and after it everything is, so readers never see half a batch's chunk
 * or half a rebuild. Thread-safe.
 */
public interface SearchIndex extends AutoCloseable {

    void index(IndexedRecord record);

    /** Removes every record; like {@link #index}, invisible until {@link #commit}. */
    void deleteAll();

    void commit();

    SearchResults search(SearchQuery query);

    /**
     * @param query free text (with or without diacritics), {@code "phrases"}, or {@code *} for all
     * @param limit maximum number of hits
     */
    default SearchResults search(String query, int limit) {
        return search(SearchQuery.text(query, limit));
    }

    /** Number of records in the index. */
    default long count() {
        return search("*", 0).total();
    }

    @Override
    void close();
}
