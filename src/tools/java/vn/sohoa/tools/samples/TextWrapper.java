package vn.sohoa.tools.samples;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks prose into lines at spaces, by a budget of characters.
 *
 * <p>A character budget rather than a measured width keeps the line breaks, and so the committed
 * ground truth, independent of which serif font happens to be installed; {@code PageLayout} then
 * shrinks the body if a font turns out too wide for the longest line.
 */
final class TextWrapper {

    private final int width;
    private final int firstLineIndent;

    /**
     * @param width           most characters on a line
     * @param firstLineIndent characters the first line gives up to its indent
     */
    TextWrapper(int width, int firstLineIndent) {
        this.width = width;
        this.firstLineIndent = firstLineIndent;
    }

    /** The lines of a text; a word longer than a line gets a line of its own. */
    List<String> wrap(String text) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            int budget = lines.isEmpty() ? width - firstLineIndent : width;
            if (line.length() > 0 && line.length() + 1 + word.length() > budget) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() > 0 ? " " : "").append(word);
        }
        lines.add(line.toString());
        return lines;
    }
}
