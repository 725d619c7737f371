package vn.sohoa.tools.evaluation;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;

/**
 * How close recognized text is to the ground truth. Both texts are compared in NFC with
 * whitespace collapsed to single spaces, so that line breaks and composed vs decomposed
 * diacritics do not count as errors; every wrong letter or tone mark does.
 */
public final class TextAccuracy {

    private TextAccuracy() {
    }

    /** Character error rate: edit distance over the length of the truth (0 = perfect). */
    public static double characterErrorRate(String truth, String recognized) {
        String t = canonical(truth);
        String r = canonical(recognized);
        if (t.isEmpty()) {
            return r.isEmpty() ? 0 : 1;
        }
        return (double) editDistance(t, r) / t.length();
    }

    /** Word-level F1 over the multisets of words (order-insensitive). */
    public static double wordF1(String truth, String recognized) {
        Map<String, Integer> t = words(truth);
        Map<String, Integer> r = words(recognized);
        int truthCount = t.values().stream().mapToInt(Integer::intValue).sum();
        int recognizedCount = r.values().stream().mapToInt(Integer::intValue).sum();
        if (truthCount == 0 || recognizedCount == 0) {
            return truthCount == recognizedCount ? 1 : 0;
        }
        int common = t.entrySet().stream().mapToInt(e -> Math.min(e.getValue(), r.getOrDefault(e.getKey(), 0))).sum();
        double precision = (double) common / recognizedCount;
        double recall = (double) common / truthCount;
        return common == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    static String canonical(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC).replaceAll("\\s+", " ").strip();
    }

    private static Map<String, Integer> words(String text) {
        Map<String, Integer> counts = new HashMap<>();
        for (String word : canonical(text).split(" ")) {
            if (!word.isEmpty()) {
                counts.merge(word, 1, Integer::sum);
            }
        }
        return counts;
    }

    /** Levenshtein distance in two rows: O(n·m) time, O(m) memory. */
    static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
