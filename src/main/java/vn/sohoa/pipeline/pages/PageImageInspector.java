package vn.sohoa.pipeline.pages;

import java.util.List;

/**
 * Looks at a page image while it is decoded, before it is released, so that nothing has to decode
 * a page twice. Called once per image page, on the worker thread reading the document.
 *
 * <p>Contract: must not keep or modify the image; finds nothing rather than failing on a page it
 * cannot make sense of (an unreadable code is not an unreadable document).
 */
public interface PageImageInspector {

    List<PageCode> inspect(PageContent.Image page);
}
