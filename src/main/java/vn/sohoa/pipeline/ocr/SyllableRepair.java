package vn.sohoa.pipeline.ocr;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Repairs a word that is not a Vietnamese syllable from the engine's own alternatives: each symbol
 * of the word comes with the characters the recognizer also considered (Tesseract's choice
 * iterator), and when exactly one combination of them spells a syllable of the dictionary, that one
 * replaces the word. Anything else (no valid combination, two or more, too many to try) leaves the
 * word as read: a wrong "repair" is worse than an error a clerk can see.
 *
 * <p>Only plain syllables are judged: a token holding digits, inner punctuation or no vowel, or in
 * mixed case ({@code TTg}, {@code QyĐ}), is a code or an abbreviation, never repaired. Punctuation
 * around the word ({@code "(nhà,"}) is kept. Contract: the alternatives are asked for only when the
 * word fails the check, so a page of valid syllables costs one dictionary look-up per word.
 */
public final class SyllableRepair {

    /** Combinations tried at most; a word with more alternatives than this is left alone. */
    static final int MAX_CANDIDATES = 256;

    private static final Logger log = LoggerFactory.getLogger(SyllableRepair.class);

    private static final String VOWELS = "aăâeêioôơuưyAĂÂEÊIOÔƠUƯY";
    private static final java.util.regex.Pattern ROMAN = java.util.regex.Pattern.compile("[IVXLCDM]+");

    private final SyllableDictionary.Checker checker;

    public SyllableRepair(SyllableDictionary.Checker checker) {
        this.checker = checker;
    }

    /**
     * @param word    the word as recognized (NFC)
     * @param symbols the word's symbols in order, each as the list of its choices, the recognized one
     *                first (asked for only when needed)
     * @return the repaired word, or empty when the word stays as read
     */
    public Optional<String> repair(String word, Supplier<List<List<String>>> symbols) {
        Token token = Token.of(word);
        if (!judged(token.core()) || checker.isSyllable(token.core())) {
            return Optional.empty();
        }
        List<List<String>> choices = symbols.get();
        if (!String.join("", choices.stream().map(c -> c.isEmpty() ? "" : c.get(0)).toList()).equals(word)) {
            log.debug("Not a syllable: '{}', symbols {} do not spell it", word, choices);
            return Optional.empty();   // the symbols do not spell the word (NFC or a dropped symbol): nothing safe to say
        }
        Set<String> valid = new LinkedHashSet<>();
        for (String candidate : candidates(choices)) {
            if (candidate.equals(word)) {
                continue;
            }
            Token alternative = Token.of(candidate);
            if (alternative.prefix().equals(token.prefix()) && alternative.suffix().equals(token.suffix())
                    && judged(alternative.core()) && checker.isSyllable(alternative.core())) {
                valid.add(candidate);
            }
        }
        // Which words fail and why they stay is what decides whether the step earns its cost (docs).
        log.debug("Not a syllable: '{}', valid alternatives {}", word, valid);
        return valid.size() == 1 ? Optional.of(valid.iterator().next()) : Optional.empty();
    }

    /** Every combination of the choices, or none when there would be more than {@link #MAX_CANDIDATES}. */
    static List<String> candidates(List<List<String>> choices) {
        long count = 1;
        for (List<String> symbol : choices) {
            count *= Math.max(1, symbol.size());
            if (count > MAX_CANDIDATES) {
                return List.of();
            }
        }
        List<String> out = new ArrayList<>(List.of(""));
        for (List<String> symbol : choices) {
            List<String> next = new ArrayList<>();
            for (String prefix : out) {
                for (String choice : symbol.isEmpty() ? List.of("") : symbol) {
                    next.add(prefix + choice);
                }
            }
            out = next;
        }
        return out;
    }

    /**
     * A plain syllable: letters only, a vowel, all lower case, all capitals or a capital first, and not
     * a Roman numeral ({@code II}, {@code IV}: Tesseract also reads {@code 11} as {@code II}, and
     * "repaired" it to {@code LI} on the realistic set).
     */
    static boolean judged(String core) {
        if (core.isEmpty() || !core.chars().allMatch(Character::isLetter) || ROMAN.matcher(core).matches()) {
            return false;
        }
        String base = java.text.Normalizer.normalize(core, java.text.Normalizer.Form.NFD);
        if (base.chars().noneMatch(c -> VOWELS.indexOf(c) >= 0)) {
            return false;
        }
        String rest = core.substring(1);
        return rest.equals(rest.toLowerCase(java.util.Locale.ROOT)) || core.equals(core.toUpperCase(java.util.Locale.ROOT));
    }

    /** A token cut into the punctuation before, the letters, and the punctuation after. */
    record Token(String prefix, String core, String suffix) {

        static Token of(String text) {
            int start = 0;
            int end = text.length();
            while (start < end && !Character.isLetterOrDigit(text.charAt(start))) {
                start++;
            }
            while (end > start && !Character.isLetterOrDigit(text.charAt(end - 1))) {
                end--;
            }
            return new Token(text.substring(0, start), text.substring(start, end), text.substring(end));
        }
    }
}
