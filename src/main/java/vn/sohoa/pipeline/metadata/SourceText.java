package vn.sohoa.pipeline.metadata;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.sohoa.pipeline.ocr.BlockKind;
import vn.sohoa.pipeline.ocr.DocumentBlock;
import vn.sohoa.pipeline.ocr.DocumentBlocks;
import vn.sohoa.pipeline.ocr.OcrResult.OcrWord;
import vn.sohoa.pipeline.text.DocumentText;
import vn.sohoa.pipeline.text.PageText;

/**
 * The text of one document as the field extractors see it: its pages (NFC), where the text came
 * from, and, for OCR, how sure Tesseract was of each word, so that a value read from shaky words
 * is marked less sure than one read from clean print.
 *
 * <p>An OCRed page whose NĐ 30/2020 layout was found also carries its standard blocks: an extractor
 * reads its field from its own block (the number from the number line, the signer from the signature
 * block) and falls back to the page text only when the page has no blocks (text layer, a page not
 * segmented) or the block is missing.
 *
 * @param pages  page texts in order
 * @param source {@code ocr} when any page was OCRed, else {@code text-layer}
 * @param blocks each page's blocks, in page order ({@link DocumentBlocks#NONE} for a page without)
 */
public record SourceText(List<String> pages, String source, Map<String, Float> wordConfidence, List<DocumentBlocks> blocks) {

    /** Tesseract's own confidence, 0–100, at or above which a word counts as read cleanly. */
    private static final float CLEAN_WORD = 90f;

    public SourceText {
        pages = pages.stream().map(p -> Normalizer.normalize(p, Normalizer.Form.NFC)).toList();
        wordConfidence = Map.copyOf(wordConfidence);
        blocks = blocks.stream().map(b -> b.withLines(l -> Normalizer.normalize(l, Normalizer.Form.NFC))).toList();
    }

    /** A text without blocks: every field is read from the flat page text. */
    public SourceText(List<String> pages, String source, Map<String, Float> wordConfidence) {
        this(pages, source, wordConfidence, List.of());
    }

    public static SourceText of(DocumentText text) {
        Map<String, Float> confidences = new HashMap<>();
        for (PageText page : text.pages()) {
            for (OcrWord word : page.words()) {
                // The lowest confidence a word was read with anywhere: a value is as sure as its worst reading.
                confidences.merge(key(word.text()), word.confidence(), Math::min);
            }
        }
        return new SourceText(text.pages().stream().map(PageText::text).toList(),
                text.anyOcr() ? PageText.OCR : PageText.TEXT_LAYER, confidences,
                text.pages().stream().map(PageText::blocks).toList());
    }

    /** A text-layer or test text without OCR word confidences. */
    public static SourceText plain(String source, String... pages) {
        return new SourceText(List.of(pages), source, Map.of());
    }

    public String firstPage() {
        return pages.isEmpty() ? "" : pages.get(0);
    }

    public String lastPage() {
        return pages.isEmpty() ? "" : pages.get(pages.size() - 1);
    }

    /** The first page's blocks; {@link DocumentBlocks#NONE} when it has none. */
    public DocumentBlocks firstPageBlocks() {
        return blocks.isEmpty() || pages.isEmpty() ? DocumentBlocks.NONE : blocks.get(0);
    }

    /** The last page's blocks; {@link DocumentBlocks#NONE} when it has none. */
    public DocumentBlocks lastPageBlocks() {
        return blocks.size() < pages.size() || pages.isEmpty() ? DocumentBlocks.NONE : blocks.get(pages.size() - 1);
    }

    /** The first page's block of that kind (its parts joined), when the page's layout was found and holds one. */
    public Optional<DocumentBlock> firstPageBlock(BlockKind kind) {
        return firstPageBlocks().joined(kind);
    }

    public String all() {
        return String.join("\n", pages);
    }

    public boolean ocr() {
        return PageText.OCR.equals(source);
    }

    /**
     * How far the words of {@code span} can be trusted as read: 1 for a text layer or clean OCR,
     * lower as Tesseract's confidence in the weakest of its words drops.
     */
    public double evidence(String span) {
        if (!ocr() || wordConfidence.isEmpty()) {
            return 1.0;
        }
        float weakest = Float.MAX_VALUE;
        for (String token : span.split("\\s+")) {
            Float confidence = wordConfidence.get(key(token));
            if (confidence != null) {
                weakest = Math.min(weakest, confidence);
            }
        }
        if (weakest == Float.MAX_VALUE || weakest >= CLEAN_WORD) {
            return 1.0;
        }
        return Math.max(0.3, (weakest + 100 - CLEAN_WORD) / 100.0);
    }

    private static String key(String word) {
        return Normalizer.normalize(word, Normalizer.Form.NFC).replaceAll("^[\\p{Punct}]+|[\\p{Punct}]+$", "");
    }
}
