package vn.sohoa.pipeline.ocr;

import java.awt.image.BufferedImage;

/**
 * Recognizes the text of one page image.
 *
 * <p>Contract: an engine is <em>not</em> thread-safe; a caller uses it from one thread at a time
 * (the {@link OcrEnginePool} hands each worker its own). It is initialized once and reused page
 * after page; {@link #close()} releases its native resources. A page on which recognition fails
 * raises {@link OcrException}; an empty page is not a failure (empty text, no words).
 */
public interface OcrEngine extends AutoCloseable {

    /**
     * @param image the page, any ImageIO type (converted to greyscale as needed)
     * @param dpi   the page's resolution, which Tesseract uses to size its character models
     */
    OcrResult recognize(BufferedImage image, int dpi);

    /**
     * Detects how the page is turned. The default knows nothing (an engine without orientation
     * detection never rotates pages).
     *
     * @return empty when the engine cannot tell (too little text, no orientation model)
     */
    default java.util.Optional<Orientation> detectOrientation(BufferedImage image, int dpi) {
        return java.util.Optional.empty();
    }

    /**
     * How a page is turned.
     *
     * @param clockwise  degrees (0, 90, 180, 270) to turn the page clockwise to make it upright
     * @param confidence the engine's confidence in it (Tesseract OSD: above 2 is usually right)
     */
    record Orientation(int clockwise, float confidence) {
    }

    @Override
    void close();
}
