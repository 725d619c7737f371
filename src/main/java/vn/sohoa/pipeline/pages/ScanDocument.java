package vn.sohoa.pipeline.pages;

/**
 * An opened scan file, decoded page by page on demand so that a 300-page TIFF never holds more
 * than one page image in memory. Not thread-safe: one document, one thread.
 */
public interface ScanDocument extends AutoCloseable {

    int pageCount();

    /**
     * Heap that decoding and reading page {@code number} is planned to take, in bytes, before it is
     * decoded (0 for a page whose text layer is used): what the page leases from {@link RasterMemory}.
     * A page that cannot be planned answers 0 and fails in {@link #page}.
     */
    long rasterBytes(int number);

    /**
     * Decodes page {@code number} (1-based).
     *
     * @throws vn.sohoa.failure.UnreadableDocumentException when the page cannot be decoded
     * @throws OutOfMemoryError when the heap did not hold it: the caller may retry it with more memory
     */
    PageContent page(int number);

    @Override
    void close();
}
