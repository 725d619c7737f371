package vn.sohoa.pipeline.ocr;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Vietnamese post-correction of what Tesseract reads (issue 15), each step switched on its own and
 * on by default only where it measurably helped (docs/archival-output-and-ocr.md, "Post-correction").
 *
 * @param toneMarks      store the old tone-mark placement of NĐ 30 documents ({@code ủy}, {@code hòa})
 *                       where OCR gave the new one ({@code uỷ}, {@code hoà}); {@link ToneMarkPlacement}. On:
 *                       the convention of the field values and of the evaluation truth, no slice worse
 * @param syllableRepair replace a word that is not a Vietnamese syllable by the only one of Tesseract's
 *                       per-symbol alternatives that is one; {@link SyllableRepair}. Needs the dictionary.
 *                       Off: it changed no word of the evaluation sets (after Roman numerals were excluded),
 *                       and keeping the LSTM's choices costs every page
 * @param dictionary     the Hunspell syllable list without extension (Debian {@code hunspell-vi}); when it
 *                       is absent syllable repair is off, with one log line
 * @param userWords      give Tesseract a list of agency names, procedure terms and abbreviations
 *                       ({@code user_words_file}); {@link UserWordList}
 *                       Off: it changed no word of the evaluation sets (it does act: see the integration test)
 * @param userWordsFile  that list; empty means the one shipped with Sohoa
 */
@ConfigurationProperties("sohoa.ocr.correction")
public record OcrCorrectionProperties(
        @DefaultValue("true") boolean toneMarks,
        @DefaultValue("false") boolean syllableRepair,
        @DefaultValue("/usr/share/hunspell/vi_VN") String dictionary,
        @DefaultValue("false") boolean userWords,
        @DefaultValue("") String userWordsFile) {

    /** Nothing corrected: what Tesseract read, NFC only. */
    public static OcrCorrectionProperties none() {
        return new OcrCorrectionProperties(false, false, "/usr/share/hunspell/vi_VN", false, "");
    }

    /** The same with the given steps on and the others off: {@code tone-marks}, {@code syllables}, {@code user-words}. */
    public OcrCorrectionProperties only(java.util.Collection<String> steps) {
        for (String step : steps) {
            if (!java.util.List.of("tone-marks", "syllables", "user-words", "none").contains(step)) {
                throw new IllegalArgumentException("Unknown correction step '" + step + "'; steps: tone-marks, syllables, user-words, none");
            }
        }
        return new OcrCorrectionProperties(steps.contains("tone-marks"), steps.contains("syllables"), dictionary,
                steps.contains("user-words"), userWordsFile);
    }
}
