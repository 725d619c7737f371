package vn.sohoa.pipeline.pages;

/**
 * Decides whether a PDF page's text layer can be trusted instead of OCR. A scanned PDF often has
 * no text, a few stray characters (a scanner's footer), or garbage from a broken font encoding;
 * only a layer with enough letters and little garbage is used.
 */
public final class TextLayerCheck {

    private final int minLetters;

    public TextLayerCheck(int minLetters) {
        this.minLetters = minLetters;
    }

    public boolean usable(String text) {
        int letters = 0;
        int visible = 0;
        int garbage = 0;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (Character.isWhitespace(ch)) {
                continue;
            }
            visible++;
            if (Character.isLetter(ch)) {
                letters++;
            } else if (ch == '\uFFFD' || Character.isISOControl(ch) || Character.getType(ch) == Character.PRIVATE_USE) {
                garbage++;
            }
        }
        return letters >= minLetters && garbage * 20 < visible && letters * 2 >= visible;
    }
}
