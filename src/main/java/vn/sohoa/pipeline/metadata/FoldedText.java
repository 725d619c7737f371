package vn.sohoa.pipeline.metadata;

import java.text.Normalizer;

/**
 * A text and its folded twin of the same length: lower case, without diacritics, {@code đ} as
 * {@code d}. Patterns are matched on the fold, so that OCR's broken marks ({@code thảng},
 * {@code nãm}, {@code Sô}) do not matter, and the value is cut from the original at the same
 * indexes, so that the marks that were read right are kept.
 */
record FoldedText(String original, String folded) {

    /**
     * Folds of U+0000 to U+1FFF, which hold every Vietnamese letter (Latin-1, Latin Extended-A and
     * B, Latin Extended Additional): decomposing a character for each character of every page's
     * text was a fiftieth of a born-digital file's time (measured with JFR).
     */
    private static final char[] TABLE = table();

    static FoldedText of(String text) {
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder folded = new StringBuilder(nfc.length());
        for (int i = 0; i < nfc.length(); i++) {
            folded.append(foldChar(nfc.charAt(i)));
        }
        return new FoldedText(nfc, folded.toString());
    }

    /** The folded form of any text: what {@link #folded()} holds for it. */
    static String fold(String text) {
        return of(text).folded();
    }

    /** One character in, one out: the indexes of the fold are those of the original. */
    static char foldChar(char ch) {
        return ch < TABLE.length ? TABLE[ch] : decomposedFold(ch);
    }

    private static char[] table() {
        char[] table = new char[0x2000];
        for (char ch = 0; ch < table.length; ch++) {
            table[ch] = decomposedFold(ch);
        }
        return table;
    }

    private static char decomposedFold(char ch) {
        if (ch == 'đ' || ch == 'Đ' || ch == 'ð' || ch == 'Ð') {
            return 'd';
        }
        if (ch < 128) {
            return Character.toLowerCase(ch);
        }
        String decomposed = Normalizer.normalize(String.valueOf(ch), Normalizer.Form.NFD);
        char base = decomposed.charAt(0);
        return Character.toLowerCase(base);
    }

    String cut(int start, int end) {
        return original.substring(start, end);
    }
}
