package vn.sohoa.pipeline.ocr;

import java.util.List;

/**
 * One standard block of a page as OCR read it.
 *
 * @param kind       which block of the NĐ 30/2020 layout it is
 * @param lines      its printed lines, top to bottom, NFC
 * @param confidence Tesseract's mean word confidence over the block, 0–1 (how well its words were read,
 *                   not how sure the kind is: a block is only given a kind when the page's layout was found)
 */
public record DocumentBlock(BlockKind kind, List<String> lines, double confidence) {

    public DocumentBlock {
        lines = List.copyOf(lines);
    }

    public String text() {
        return String.join("\n", lines);
    }
}
