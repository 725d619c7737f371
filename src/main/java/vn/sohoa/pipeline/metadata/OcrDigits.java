package vn.sohoa.pipeline.metadata;

/**
 * Repairs the letters OCR puts into runs of digits ({@code O} for 0, {@code l} or {@code I} for 1,
 * {@code S} for 5, {@code B} or {@code §} for 8) where the context says only digits can stand.
 *
 * @param digits   the repaired run, or null when a character could not be read as a digit
 * @param repaired how many characters were changed: each makes the value less sure
 */
record OcrDigits(String digits, int repaired) {

    /** Characters {@link #read} accepts, for patterns that look for digit runs. */
    static final String CLASS = "[0-9OoDQØøIl|!iSsBZz§]";
    /** The confusions common enough to look for in folded (lower-case) text without matching words. */
    static final String FOLDED_CLASS = "[0-9oil|!ø§]";

    static OcrDigits read(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        int repaired = 0;
        for (int i = 0; i < raw.length(); i++) {
            char ch = raw.charAt(i);
            char digit = asDigit(ch);
            if (digit == 0) {
                if (Character.isWhitespace(ch)) {
                    continue;
                }
                return new OcrDigits(null, repaired);
            }
            if (digit != ch) {
                repaired++;
            }
            out.append(digit);
        }
        return new OcrDigits(out.toString(), repaired);
    }

    boolean valid() {
        return digits != null && !digits.isEmpty();
    }

    /** Each repaired character takes a share of the confidence. */
    double penalty() {
        return Math.pow(0.85, repaired);
    }

    private static char asDigit(char ch) {
        if (ch >= '0' && ch <= '9') {
            return ch;
        }
        switch (ch) {
            case 'O': case 'o': case 'D': case 'Q': case 'Ø': case 'ø':
                return '0';
            case 'I': case 'l': case '|': case '!': case 'i':
                return '1';
            case 'S': case 's':
                return '5';
            // Tesseract vie reads a lone 8 as § now and then ("tháng § năm", "8§98").
            case 'B': case '§':
                return '8';
            case 'Z': case 'z':
                return '2';
            default:
                return 0;
        }
    }
}
