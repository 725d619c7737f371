package vn.sohoa.pipeline.metadata;

import java.util.Arrays;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The head of a page: its first non-blank lines, with the national motto taken out wherever OCR
 * put it. A two-column header comes out of OCR row by row ({@code UBND HUYỆN X  CỘNG HÒA ...}) or
 * column after column; with the motto gone, what is left is the agency, the number and the date
 * in either case.
 */
final class HeaderLines {

    /** The motto and its second line, on folded text, with room for OCR's slips. */
    private static final Pattern MOTTO = Pattern.compile(
            "c[o0]ng\\s*h[o0]a\\s*x[a-z]\\s*h[o0][il1]\\s*ch[u]\\s*ngh[il1]a\\s*v[il1][e]t\\s*n[a-z]m"
                    + "|c[o0]ng\\s*h[o0]a\\s*x[a-z]\\s*h[o0][il1].*?n[a-z]m\\b"
                    + "|d[o0]c\\s*l[a-z]p\\s*\\W{0,3}\\s*t[u]\\s*d[o0]\\s*\\W{0,3}\\s*h[a-z]nh\\s*ph[u]c"
                    + "|d[o0]c\\s*l[a-z]p\\b.*?ph[u]c\\b");
    /** Rules drawn under the agency and the motto, read as dashes, underscores or tildes. */
    private static final Pattern RULE = Pattern.compile("[_—–~=\\-]{3,}");

    private HeaderLines() {
    }

    /** The first {@code count} non-blank lines of {@code page}, motto removed. */
    static String first(String page, int count) {
        return Arrays.stream(page.split("\n")).map(HeaderLines::withoutMotto).filter(l -> !l.isBlank()).limit(count)
                .collect(Collectors.joining("\n"));
    }

    static String withoutMotto(String line) {
        FoldedText folded = FoldedText.of(line);
        StringBuilder kept = new StringBuilder(line.length());
        var m = MOTTO.matcher(folded.folded());
        int from = 0;
        while (m.find()) {
            kept.append(folded.original(), from, m.start()).append("  ");
            from = m.end();
        }
        kept.append(folded.original().substring(from));
        return RULE.matcher(kept).replaceAll(" ").strip();
    }
}
