package vn.sohoa.pipeline.pages;

/**
 * An opened scan file, decoded page by page on demand so that a 300-page TIFF never holds more
 * than one page image in memory. Not thread-safe: one document, one thread.
 */
public interface ScanDocument extends AutoCloseable {

    int pageCount();

    /**
     * Decodes page {@code number} (1-based).
     *
     * @throws vn.sohoa.failure.UnreadableDocumentException when the page cannot be decoded
     */
    PageContent page(int number);

    @Override
    void close();
}
