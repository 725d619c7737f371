package vn.sohoa.pipeline.text;

import java.util.List;

import vn.sohoa.model.PageProcessing;
import vn.sohoa.pipeline.ocr.DocumentBlocks;
import vn.sohoa.pipeline.ocr.OcrResult.OcrWord;

/**
 * The text of one page and how it was obtained.
 *
 * @param source     {@code text-layer} or {@code ocr}
 * @param confidence mean OCR word confidence 0–100; null for text-layer pages
 * @param dpi        resolution of the page image as decoded; null for text-layer pages
 * @param words      OCR words with boxes in pixels of the page image as decoded (whatever rotation,
 *                   deskew or enlargement OCR needed is undone); empty for text-layer pages
 * @param processing what was done to the image before and after OCR; null for text-layer pages
 * @param blocks     the page's standard blocks (agency, number, place-date, title, signature …) for the field
 *                   extractors, from the same cut as {@code text}; {@link DocumentBlocks#NONE} for text-layer pages
 *                   (PDFBox gives no word boxes to cut) and for pages whose layout was not found. Not archived:
 *                   {@code text.txt} keeps the page text alone.
 */
public record PageText(int number, String text, String source, Double confidence, Integer dpi, List<OcrWord> words,
                       PageProcessing processing, DocumentBlocks blocks) {

    /** A page without blocks. */
    public PageText(int number, String text, String source, Double confidence, Integer dpi, List<OcrWord> words,
                    PageProcessing processing) {
        this(number, text, source, confidence, dpi, words, processing, DocumentBlocks.NONE);
    }

    public static final String TEXT_LAYER = "text-layer";
    public static final String OCR = "ocr";

    /** A page read without preprocessing (text layer, or OCR of the image as it came). */
    public PageText(int number, String text, String source, Double confidence, Integer dpi, List<OcrWord> words) {
        this(number, text, source, confidence, dpi, words, OCR.equals(source) ? PageProcessing.NONE : null);
    }

    public boolean ocr() {
        return OCR.equals(source);
    }
}
