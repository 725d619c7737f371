package vn.sohoa.pipeline.text;

import java.text.Normalizer;
import java.util.List;
import java.util.stream.Collectors;

import vn.sohoa.pipeline.pages.PageCode;

/**
 * The text of every page of a document that could be read, in page order, the codes (QR,
 * barcodes) found on its page images, and the pages that could not be read.
 */
public record DocumentText(List<PageText> pages, List<PageCode> codes, List<UnreadablePage> unreadable) {

    public DocumentText {
        pages = List.copyOf(pages);
        codes = List.copyOf(codes);
        unreadable = List.copyOf(unreadable);
    }

    public DocumentText(List<PageText> pages, List<PageCode> codes) {
        this(pages, codes, List.of());
    }

    public DocumentText(List<PageText> pages) {
        this(pages, List.of());
    }

    /** The pages {@code first} to {@code last} (1-based, inclusive) as a document of their own. */
    public DocumentText range(int first, int last) {
        return new DocumentText(pages.stream().filter(p -> p.number() >= first && p.number() <= last).toList(),
                codes.stream().filter(c -> c.page() >= first && c.page() <= last).toList(),
                unreadable.stream().filter(u -> u.number() >= first && u.number() <= last).toList());
    }

    /** Page separator in {@code text.txt}: a form feed, as pdftotext writes it. */
    public static final String PAGE_SEPARATOR = "\f";

    /** The whole text: NFC, pages separated by form feeds. */
    public String joined() {
        return pages.stream().map(p -> Normalizer.normalize(p.text().strip(), Normalizer.Form.NFC))
                .collect(Collectors.joining(PAGE_SEPARATOR));
    }

    public boolean anyOcr() {
        return pages.stream().anyMatch(PageText::ocr);
    }

    public int ocrPages() {
        return (int) pages.stream().filter(PageText::ocr).count();
    }
}
