package vn.sohoa.pipeline.metadata;

import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One spelling for words Vietnamese writes two ways: the tone mark of {@code oa}, {@code oe},
 * {@code uy} at the end of a syllable sits on the first vowel in the style official documents
 * use ({@code HÒA}, {@code ỦY}), while OCR and older typing give {@code HOÀ}, {@code UỶ}. Exact
 * matching and search need one of them.
 */
final class VietnameseSpelling {

    private static final Pattern FINAL_PAIR = Pattern.compile("(?i)(?<![q])([oOuU])([\\p{L}&&[^\\p{ASCII}]])(?![\\p{L}])");

    private VietnameseSpelling() {
    }

    static String canonical(String text) {
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC).replace('Ð', 'Đ').replace('ð', 'đ');
        Matcher m = FINAL_PAIR.matcher(nfc);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(moveTone(m.group(1), m.group(2))));
        }
        m.appendTail(out);
        return out.toString().replaceAll("\\s+", " ").strip();
    }

    /** "oà" → "òa", "uỷ" → "ủy": the tone moves from the second vowel to the first. */
    private static String moveTone(String first, String second) {
        String decomposed = Normalizer.normalize(second, Normalizer.Form.NFD);
        char base = decomposed.charAt(0);
        boolean pair = (Character.toLowerCase(first.charAt(0)) == 'o' && "aAeE".indexOf(base) >= 0)
                || (Character.toLowerCase(first.charAt(0)) == 'u' && "yY".indexOf(base) >= 0);
        if (!pair || decomposed.length() < 2) {
            return first + second;
        }
        String tone = decomposed.substring(1);
        return Normalizer.normalize(first + tone, Normalizer.Form.NFC) + base;
    }
}
