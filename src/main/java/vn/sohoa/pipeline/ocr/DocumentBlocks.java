package vn.sohoa.pipeline.ocr;

import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The standard blocks of one page, in reading order, as {@link ReadingOrder} segmented it; the same
 * cut gives the page's text, so blocks and text never disagree.
 *
 * <p>Empty ({@link #NONE}) when the page was not segmented: a text-layer page (PDFBox gives no word
 * boxes), a page too skewed for box cuts, or one where the cut found no NĐ 30/2020 header (an agency or
 * motto above a number or place-date line). Readers of an empty layout fall back to the page text.
 */
public record DocumentBlocks(List<DocumentBlock> blocks) {

    public static final DocumentBlocks NONE = new DocumentBlocks(List.of());

    public DocumentBlocks {
        blocks = List.copyOf(blocks);
    }

    public boolean present() {
        return !blocks.isEmpty();
    }

    /** The first block of that kind. */
    public Optional<DocumentBlock> first(BlockKind kind) {
        return blocks.stream().filter(b -> b.kind() == kind).findFirst();
    }

    /** Every block of that kind, in reading order, as one (the two lines of an agency cut apart, say). */
    public Optional<DocumentBlock> joined(BlockKind kind) {
        List<DocumentBlock> parts = blocks.stream().filter(b -> b.kind() == kind).toList();
        if (parts.isEmpty()) {
            return Optional.empty();
        }
        List<String> lines = parts.stream().flatMap(b -> b.lines().stream()).toList();
        double confidence = parts.stream().mapToDouble(DocumentBlock::confidence).min().orElse(0);
        return Optional.of(new DocumentBlock(kind, lines, confidence));
    }

    /** The same blocks with every line rewritten (post-OCR cleanup applied to the text applies here too). */
    public DocumentBlocks withLines(UnaryOperator<String> rewrite) {
        return new DocumentBlocks(blocks.stream()
                .map(b -> new DocumentBlock(b.kind(), b.lines().stream().map(rewrite).toList(), b.confidence())).toList());
    }
}
