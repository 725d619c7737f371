package vn.sohoa.pipeline.index;

import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * The snippet of a hit as HTML, made in this one place for the API and the web page alike: the
 * document's own text escaped (it is OCR output and born-digital text: it may hold {@code <} and
 * {@code &}, or markup someone put there), the matches in {@code <b>}, white space collapsed, cut
 * after {@value #MAX_CHARS} visible characters (never inside an escape or a {@code <b>}).
 */
final class Snippet {

    static final int MAX_CHARS = 240;
    private static final String ELLIPSIS = "… ";

    /** A piece of the text, a match or not. */
    record Run(String text, boolean match) {
    }

    private Snippet() {
    }

    /** The start of a text without matches (lists without words, matches only in metadata). */
    static String of(String text) {
        return html(List.of(new Run(text == null ? "" : text, false)));
    }

    /** For the highlighter: its passages of {@code content}, as HTML. */
    static PassageFormatter formatter() {
        return new PassageFormatter() {
            @Override
            public Object format(Passage[] passages, String content) {
                List<Run> runs = new ArrayList<>();
                int position = -1;
                for (Passage passage : passages) {
                    if (position >= 0) {
                        runs.add(new Run(ELLIPSIS, false));
                    }
                    position = passage.getStartOffset();
                    for (int i = 0; i < passage.getNumMatches(); i++) {
                        int start = passage.getMatchStarts()[i];
                        int end = passage.getMatchEnds()[i];
                        if (start > position) {
                            runs.add(new Run(content.substring(position, start), false));
                        }
                        if (end > position) {
                            runs.add(new Run(content.substring(Math.max(position, start), end), true));
                            position = end;
                        }
                    }
                    runs.add(new Run(content.substring(position, Math.max(position, passage.getEndOffset())), false));
                    position = passage.getEndOffset();
                }
                return html(runs);
            }
        };
    }

    static String html(List<Run> runs) {
        StringBuilder html = new StringBuilder();
        int visible = 0;
        boolean space = true; // no space at the start
        for (Run run : runs) {
            boolean open = false;
            for (int i = 0; i < run.text().length(); i++) {
                char c = run.text().charAt(i);
                if (Character.isWhitespace(c)) {
                    if (space) {
                        continue;
                    }
                    c = ' ';
                }
                space = c == ' ';
                if (visible == MAX_CHARS) {
                    if (open) {
                        html.append("</b>");
                    }
                    return html.toString().stripTrailing() + "…";
                }
                if (run.match() && !open) {
                    html.append("<b>");
                    open = true;
                }
                escape(c, html);
                visible++;
            }
            if (open) {
                html.append("</b>");
            }
        }
        return html.toString().stripTrailing();
    }

    private static void escape(char c, StringBuilder html) {
        switch (c) {
            case '<' -> html.append("&lt;");
            case '>' -> html.append("&gt;");
            case '&' -> html.append("&amp;");
            case '"' -> html.append("&quot;");
            case '\'' -> html.append("&#39;");
            default -> html.append(c);
        }
    }
}
