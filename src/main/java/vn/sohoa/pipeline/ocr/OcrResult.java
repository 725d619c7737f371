package vn.sohoa.pipeline.ocr;

import java.util.List;

/**
 * What OCR read on one page.
 *
 * @param text           the page text in reading order, NFC, lines separated by {@code \n}
 * @param meanConfidence mean word confidence, 0 to 100 (0 when no word was found)
 * @param words          the words with their boxes in page pixels (for the searchable PDF text layer)
 * @param blocks         the page's standard NĐ 30/2020 blocks as {@link ReadingOrder} cut them, for the field
 *                       extractors; {@link DocumentBlocks#NONE} when the page was not put in reading order or shows
 *                       no such layout (an engine itself gives none)
 */
public record OcrResult(String text, double meanConfidence, List<OcrWord> words, DocumentBlocks blocks) {

    /** What an engine read: text and words in its own order, no blocks yet. */
    public OcrResult(String text, double meanConfidence, List<OcrWord> words) {
        this(text, meanConfidence, words, DocumentBlocks.NONE);
    }

    /**
     * One recognized word and its bounding box (left, top, right, bottom, in pixels).
     *
     * @param line the engine's text line the word belongs to, numbered from 0 down the page in the
     *             engine's own order; {@link #UNKNOWN_LINE} when the engine does not say (the
     *             {@link ReadingOrder} then groups words into lines by their boxes)
     */
    public record OcrWord(String text, float confidence, int left, int top, int right, int bottom, int line) {

        public static final int UNKNOWN_LINE = -1;

        /** A word whose line the engine does not tell. */
        public OcrWord(String text, float confidence, int left, int top, int right, int bottom) {
            this(text, confidence, left, top, right, bottom, UNKNOWN_LINE);
        }

        public int width() {
            return right - left;
        }

        public int height() {
            return bottom - top;
        }

        /** The same word with another box (the line kept), for boxes mapped between page transforms. */
        public OcrWord withBox(int newLeft, int newTop, int newRight, int newBottom) {
            return new OcrWord(text, confidence, newLeft, newTop, newRight, newBottom, line);
        }

        /** The same word with another text (box and line kept). */
        public OcrWord withText(String newText) {
            return new OcrWord(newText, confidence, left, top, right, bottom, line);
        }
    }
}
