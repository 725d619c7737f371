package vn.sohoa.pipeline.ocr;

import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the tone mark of a syllable ending in {@code oa}, {@code oe} or {@code uy} sits. Vietnamese
 * writes these two ways: the old style of NĐ 30/2020 documents puts it on the first vowel
 * ({@code ủy}, {@code hòa}, {@code thủy}, {@code khỏe}), the new style on the second ({@code uỷ},
 * {@code hoà}, {@code thuỷ}, {@code khoẻ}); OCR gives either. Sohoa stores the old style, as the
 * documents print it and as the field values are spelled ({@code metadata.VietnameseSpelling}).
 *
 * <p>Only the unambiguous case is touched: the pair ends the syllable (no letter follows), carries
 * the only tone mark, and is not the {@code u} of {@code qu} ({@code quý} is the same in both
 * styles). Closed or longer syllables ({@code hoàn}, {@code toán}, {@code Huỳnh}, {@code khuya})
 * place the mark the same way in both styles and are left as they are.
 */
public final class ToneMarkPlacement {

    /** A letter before the pair, the pair, and no letter after it. The tone may be on either vowel. */
    private static final Pattern FINAL_PAIR = Pattern.compile("(\\p{L}?)([oOuU]\\p{M}*)([aAeEyY]\\p{M}*)(?!\\p{L}|\\p{M})");

    private static final char ACUTE = '\u0301', GRAVE = '\u0300', HOOK = '\u0309', TILDE = '\u0303', DOT = '\u0323';

    /** The text with every final {@code oa}/{@code oe}/{@code uy} in the old style (mark on the first vowel). */
    public String toOldStyle(String text) {
        return move(text, true);
    }

    /** The same in the new style (mark on the second vowel), as hunspell-vi spells its entries. */
    public String toNewStyle(String text) {
        return move(text, false);
    }

    private static String move(String text, boolean toFirst) {
        String nfd = Normalizer.normalize(text, Normalizer.Form.NFD);
        Matcher m = FINAL_PAIR.matcher(nfd);
        StringBuilder out = new StringBuilder(nfd.length());
        boolean changed = false;
        while (m.find()) {
            String replacement = moved(m.group(1), m.group(2), m.group(3), toFirst);
            changed |= !replacement.equals(m.group());
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        if (!changed) {
            return text;
        }
        m.appendTail(out);
        return Normalizer.normalize(out, Normalizer.Form.NFC);
    }

    private static String moved(String before, String first, String second, boolean toFirst) {
        boolean pair = switch (Character.toLowerCase(first.charAt(0))) {
            case 'o' -> "aAeE".indexOf(second.charAt(0)) >= 0;
            case 'u' -> "yY".indexOf(second.charAt(0)) >= 0;
            default -> false;
        };
        // qu-: the u belongs to the consonant; a vowel before: oa/uy is not the syllable's nucleus pair.
        boolean afterQ = before.equalsIgnoreCase("q");
        boolean afterVowel = !before.isEmpty() && "aeiouyAEIOUY".indexOf(before.charAt(0)) >= 0;
        String firstMarks = first.substring(1), secondMarks = second.substring(1);
        if (!pair || afterQ || afterVowel || !firstMarks.isEmpty() && !secondMarks.isEmpty()) {
            return before + first + second;
        }
        // Only a tone mark moves; a vowel with a shape mark (ơ, ư, ê) is not one of these pairs anyway.
        String tone = toFirst ? secondMarks : firstMarks;
        if (tone.length() != 1 || !isTone(tone.charAt(0))) {
            return before + first + second;
        }
        return toFirst ? before + first.charAt(0) + tone + second.charAt(0)
                : before + first.charAt(0) + second.charAt(0) + tone;
    }

    private static boolean isTone(char mark) {
        return mark == ACUTE || mark == GRAVE || mark == HOOK || mark == TILDE || mark == DOT;
    }
}
