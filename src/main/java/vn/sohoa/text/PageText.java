package vn.sohoa.text;

import java.util.List;

import vn.sohoa.ocr.OcrResult.OcrWord;

/**
 * The text of one page and how it was obtained.
 *
 * @param source     {@code text-layer} or {@code ocr}
 * @param confidence mean OCR word confidence 0–100; null for text-layer pages
 * @param dpi        resolution of the OCRed image; null for text-layer pages
 * @param words      OCR words with boxes (empty for text-layer pages)
 */
public record PageText(int number, String text, String source, Double confidence, Integer dpi, List<OcrWord> words) {

    public static final String TEXT_LAYER = "text-layer";
    public static final String OCR = "ocr";

    public boolean ocr() {
        return OCR.equals(source);
    }
}
