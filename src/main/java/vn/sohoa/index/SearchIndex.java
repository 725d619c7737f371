package vn.sohoa.index;

/**
 * The retrieval index: derived data, rebuildable from the bucket at any time.
 *
 * <p>Contract: {@link #index} adds or replaces the record with the same id (indexing a record
 * twice leaves one entry); nothing written is visible to {@link #search} before {@link #commit},
 * and after it everything is, so readers never see half a batch's chunk. Thread-safe.
 */
public interface SearchIndex extends AutoCloseable {

    void index(IndexedRecord record);

    void commit();

    /**
     * @param query free text (with or without diacritics), {@code "phrases"}, or {@code *} for all
     * @param limit maximum number of hits
     */
    SearchResults search(String query, int limit);

    /** Number of records in the index. */
    long count();

    @Override
    void close();
}
