package vn.sohoa.pipeline.text;

import vn.sohoa.pipeline.pages.PageContent;

/**
 * Receives each page while it is decoded, right after its text was read, so that a later stage
 * (the searchable PDF) can use the page image without decoding it a second time.
 *
 * <p>Contract: called once per page, in page order, on the reading thread; the page image is only
 * valid during the call (the reader releases it afterwards). Exceptions propagate to the reader.
 */
@FunctionalInterface
public interface PageListener {

    /** A listener that ignores every page. */
    PageListener NONE = (page, text) -> { };

    void accept(PageContent page, PageText text);

    /** Page {@code number} could not be decoded and is left out; called in page order like {@link #accept}. */
    default void skipped(int number) {
    }
}
