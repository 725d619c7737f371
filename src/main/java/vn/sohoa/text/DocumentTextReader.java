package vn.sohoa.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.sohoa.intake.ScanFile;
import vn.sohoa.ocr.OcrEnginePool;
import vn.sohoa.ocr.OcrException;
import vn.sohoa.ocr.OcrResult;
import vn.sohoa.pages.PageContent;
import vn.sohoa.pages.ScanDocument;
import vn.sohoa.pages.ScanDocumentOpener;
import vn.sohoa.quarantine.QuarantineReason;
import vn.sohoa.quarantine.UnreadableDocumentException;

/**
 * Gets the text of every page of a scan: a usable PDF text layer is taken as it is; every image
 * page is preprocessed and OCRed ({@link PageRecognizer}) with an engine from the pool. Pages are decoded one at a time and released
 * before the next, so memory does not grow with the page count.
 */
@Component
public class DocumentTextReader {

    private final ScanDocumentOpener opener;
    private final OcrEnginePool engines;
    private final PageRecognizer recognizer;

    public DocumentTextReader(ScanDocumentOpener opener, OcrEnginePool engines, PageRecognizer recognizer) {
        this.opener = opener;
        this.engines = engines;
        this.recognizer = recognizer;
    }

    /** @throws UnreadableDocumentException when the file or one of its pages cannot be read */
    public DocumentText read(ScanFile file) {
        return read(file, PageListener.NONE);
    }

    /**
     * Reads every page and hands each decoded page with its text to {@code listener} before
     * releasing it.
     *
     * @throws UnreadableDocumentException when the file or one of its pages cannot be read
     */
    public DocumentText read(ScanFile file, PageListener listener) {
        try (ScanDocument document = opener.open(file)) {
            List<PageText> pages = new ArrayList<>(document.pageCount());
            for (int number = 1; number <= document.pageCount(); number++) {
                PageContent page = document.page(number);
                PageText text = textOf(file, page);
                listener.accept(page, text);
                pages.add(text);
            }
            return new DocumentText(pages);
        }
    }

    private PageText textOf(ScanFile file, PageContent page) {
        // Java 17: no pattern matching for switch yet; the interface is sealed to these two.
        if (page instanceof PageContent.TextLayer layer) {
            return new PageText(layer.number(), Normalizer.normalize(layer.text(), Normalizer.Form.NFC),
                    PageText.TEXT_LAYER, null, null, List.of());
        }
        return recognize(file, (PageContent.Image) page);
    }

    private PageText recognize(ScanFile file, PageContent.Image image) {
        try {
            PageRecognizer.Recognized read = engines.withEngine(engine -> recognizer.recognize(engine, image.image(), image.dpi()));
            OcrResult result = read.result();
            return new PageText(image.number(), result.text(), PageText.OCR, result.meanConfidence(), image.dpi(), result.words(),
                    read.processing());
        } catch (OcrException e) {
            throw new UnreadableDocumentException(QuarantineReason.OCR_FAILED, file.relativePath(), image.number(), e.getMessage(), e);
        }
    }
}
