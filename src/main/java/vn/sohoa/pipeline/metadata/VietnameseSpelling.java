package vn.sohoa.pipeline.metadata;

import java.text.Normalizer;

import vn.sohoa.pipeline.ocr.ToneMarkPlacement;

/**
 * One spelling for words Vietnamese writes two ways: the tone mark of {@code oa}, {@code oe},
 * {@code uy} at the end of a syllable sits on the first vowel in the style official documents
 * use ({@code HÒA}, {@code ỦY}), while OCR and older typing give {@code HOÀ}, {@code UỶ}. Exact
 * matching and search need one of them.
 */
final class VietnameseSpelling {

    /** The same placement as the OCR text's ({@code sohoa.ocr.correction.tone-marks}): one rule for both. */
    private static final ToneMarkPlacement TONES = new ToneMarkPlacement();

    private VietnameseSpelling() {
    }

    static String canonical(String text) {
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC).replace('Ð', 'Đ').replace('ð', 'đ');
        return TONES.toOldStyle(nfc).replaceAll("\\s+", " ").strip();
    }
}
