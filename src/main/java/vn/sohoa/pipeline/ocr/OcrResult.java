package vn.sohoa.pipeline.ocr;

import java.util.List;

/**
 * What OCR read on one page.
 *
 * @param text           the page text in reading order, NFC, lines separated by {@code \n}
 * @param meanConfidence mean word confidence, 0 to 100 (0 when no word was found)
 * @param words          the words with their boxes in page pixels (for the searchable PDF text layer)
 */
public record OcrResult(String text, double meanConfidence, List<OcrWord> words) {

    /** One recognized word and its bounding box (left, top, right, bottom, in pixels). */
    public record OcrWord(String text, float confidence, int left, int top, int right, int bottom) {
    }
}
