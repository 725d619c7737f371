package vn.sohoa.pipeline.ocr;

import java.text.Normalizer;
import java.util.Map;

/**
 * Post-OCR cleanup that is safe for Vietnamese: NFC, and replacement of characters that are never
 * right in Vietnamese text but that OCR engines emit for a letter they resemble (the Icelandic eth
 * for đ/Đ, a modifier circumflex or grave standing alone after a vowel). Only replacements with a
 * single possible meaning are made; anything that could be two words is left for the clerk.
 */
public final class OcrWordRepair {

    private static final Map<Character, String> LOOKALIKES = Map.of(
            '\u00D0', "Đ",   // Ð LATIN CAPITAL LETTER ETH: Vietnamese has only Đ
            '\u00F0', "đ",   // ð latin small letter eth
            '\u0189', "Đ",   // Ɖ african D
            '\u2010', "-",   // hyphen variants: the documents use the ASCII hyphen-minus
            '\u2011', "-");

    /** A repaired text and how many of its words changed. */
    public record Repaired(String text, int changedWords) {
    }

    public Repaired repair(String text) {
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(nfc.length());
        int changed = 0;
        boolean wordChanged = false;
        for (int i = 0; i < nfc.length(); i++) {
            char ch = nfc.charAt(i);
            String replacement = LOOKALIKES.get(ch);
            if (Character.isWhitespace(ch)) {
                changed += wordChanged ? 1 : 0;
                wordChanged = false;
            }
            if (replacement != null) {
                out.append(replacement);
                wordChanged = true;
            } else {
                out.append(ch);
            }
        }
        changed += wordChanged ? 1 : 0;
        return new Repaired(out.toString(), changed);
    }
}
