package vn.sohoa.pipeline.pdf;

import vn.sohoa.pipeline.text.PageListener;

/**
 * Composes the searchable PDF of one file while its pages are read: it is the reader's
 * {@link PageListener}, so each page image is used while it is in memory and never decoded again.
 *
 * <p>Contract: receives every page in order, then either {@link #finish()} once (the file is one
 * record) or {@link #finishPages(int, int)} once per part (the file is a stack split into several
 * records); {@link #close()} always (it releases the document being built, also when reading failed
 * half-way).
 */
public interface SearchablePdfBuilder extends PageListener, AutoCloseable {

    /** The finished, signed PDF. */
    ArchivalPdf finish();

    /**
     * The finished, signed PDF of pages {@code firstPage}..{@code lastPage} (1-based, inclusive, page
     * numbers of the file) only: the searchable PDF of one part of a split stack.
     */
    ArchivalPdf finishPages(int firstPage, int lastPage);

    @Override
    void close();
}
