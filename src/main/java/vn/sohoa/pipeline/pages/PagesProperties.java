package vn.sohoa.pipeline.pages;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How pages are decoded.
 *
 * @param renderDpi         highest resolution at which image-only PDF pages are rendered for OCR: a page that
 *                          is one scanned image is rendered at the scan's own resolution, from 200 dpi
 * @param defaultDpi        resolution assumed for images that do not declare one
 * @param minTextLetters    a PDF page's text layer counts as usable from this many letters on
 * @param rasterMemoryShare share of the maximum heap that the decoded pages of all files in flight may
 *                          take at once ({@link RasterMemory})
 */
@ConfigurationProperties("sohoa.pages")
public record PagesProperties(
        @DefaultValue("300") int renderDpi,
        @DefaultValue("300") int defaultDpi,
        @DefaultValue("25") int minTextLetters,
        @DefaultValue("0.5") double rasterMemoryShare) {

}
