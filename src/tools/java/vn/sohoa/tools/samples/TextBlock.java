package vn.sohoa.tools.samples;

import java.text.Normalizer;
import java.util.List;
import java.util.Objects;

/**
 * One block of body text, already broken into the lines it is drawn in.
 *
 * <p>Lines are fixed when the document is written rather than when it is drawn, so that the ground
 * truth says exactly which words share a line whatever font the page is drawn in.
 *
 * @param style         how the block is set
 * @param lines         its lines, NFC
 * @param startsNewPage whether the block begins a new page
 */
public record TextBlock(Style style, List<String> lines, boolean startsNewPage) {

    /** How a block is set on the page. */
    public enum Style {
        /** Justified-left prose with the first line indented, as the body of a document. */
        PARAGRAPH,
        /** Centred bold, like "QUYẾT ĐỊNH:" or the issuing authority above the grounds. */
        HEADING,
        /** Centred regular, like "Kính gửi: ..." in a công văn. */
        CENTERED
    }

    /** Normalizes the lines to NFC and makes them immutable. */
    public TextBlock {
        Objects.requireNonNull(style, "style");
        lines = lines.stream().map(TextBlock::nfc).toList();
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("A text block needs at least one line");
        }
    }

    /** A paragraph that continues on the current page. */
    public static TextBlock paragraph(List<String> lines) {
        return new TextBlock(Style.PARAGRAPH, lines, false);
    }

    /** A one-line centred bold heading. */
    public static TextBlock heading(String line) {
        return new TextBlock(Style.HEADING, List.of(line), false);
    }

    /** A one-line centred regular line. */
    public static TextBlock centered(String line) {
        return new TextBlock(Style.CENTERED, List.of(line), false);
    }

    /** The same block, moved to the top of a new page. */
    public TextBlock onNewPage() {
        return new TextBlock(style, lines, true);
    }

    /** NFC form of a text: ground truth and rendering must agree on precomposed letters. */
    static String nfc(String text) {
        return Normalizer.normalize(Objects.requireNonNull(text, "text"), Normalizer.Form.NFC);
    }
}
