package vn.sohoa.text;

import java.text.Normalizer;
import java.util.List;
import java.util.stream.Collectors;

/** The text of every page of a document, in page order. */
public record DocumentText(List<PageText> pages) {

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
