package vn.sohoa.pipeline.ocr;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The word-level post-correction one engine applies to each word it reads: syllable repair from the
 * engine's alternatives, then the tone-mark placement. One per engine (a {@link SyllableDictionary.Checker}
 * is for one thread).
 *
 * <p>Contract: {@link #correct} returns the word itself when nothing applies; it asks for the
 * alternatives only when syllable repair is on and the word is not a syllable.
 */
public final class WordCorrection {

    private final ToneMarkPlacement tones;
    private final SyllableRepair syllables;

    /**
     * @param tones     null to leave tone marks where OCR put them
     * @param syllables null for no syllable repair
     */
    public WordCorrection(ToneMarkPlacement tones, SyllableRepair syllables) {
        this.tones = tones;
        this.syllables = syllables;
    }

    /** No correction. */
    public static WordCorrection none() {
        return new WordCorrection(null, null);
    }

    /** The steps {@code properties} switch on, with the dictionary when there is one. */
    public static WordCorrection of(OcrCorrectionProperties properties, Optional<SyllableDictionary> dictionary) {
        return new WordCorrection(properties.toneMarks() ? new ToneMarkPlacement() : null,
                properties.syllableRepair() ? dictionary.map(d -> new SyllableRepair(d.checker())).orElse(null) : null);
    }

    /** True when the engine must keep its per-symbol alternatives (Tesseract {@code lstm_choice_mode}). */
    public boolean needsAlternatives() {
        return syllables != null;
    }

    public boolean isNone() {
        return tones == null && syllables == null;
    }

    /**
     * @param symbols the word's symbols, each with its alternatives, the recognized one first
     */
    public String correct(String word, Supplier<List<List<String>>> symbols) {
        String out = word;
        if (syllables != null) {
            out = syllables.repair(word, symbols).orElse(word);
        }
        return tones != null ? tones.toOldStyle(out) : out;
    }

    /**
     * The page text with the same corrections as its words: {@code words} (as read) and
     * {@code corrected} are in the engine's order, which is the order they appear in {@code text}.
     * A word not found where expected is left alone in the text (the word boxes keep the correction).
     */
    public static String applyToText(String text, List<String> words, List<String> corrected) {
        StringBuilder out = new StringBuilder(text.length());
        int from = 0;
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            int at = word.isEmpty() ? -1 : text.indexOf(word, from);
            if (at < 0) {
                continue;
            }
            out.append(text, from, at).append(corrected.get(i));
            from = at + word.length();
        }
        return out.append(text, from, text.length()).toString();
    }
}
