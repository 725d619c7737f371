package vn.sohoa.pdf;

import vn.sohoa.text.PageListener;

/**
 * Composes the searchable PDF of one file while its pages are read: it is the reader's
 * {@link PageListener}, so each page image is used while it is in memory and never decoded again.
 *
 * <p>Contract: receives every page in order, then {@link #finish()} once; {@link #close()} always
 * (it releases the document being built, also when reading failed half-way).
 */
public interface SearchablePdfBuilder extends PageListener, AutoCloseable {

    /** The finished, signed PDF. */
    ArchivalPdf finish();

    @Override
    void close();
}
