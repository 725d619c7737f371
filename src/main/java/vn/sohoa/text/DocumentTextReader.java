package vn.sohoa.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.sohoa.intake.ScanFile;
import vn.sohoa.monitoring.Stage;
import vn.sohoa.monitoring.StageClock;
import vn.sohoa.ocr.OcrEnginePool;
import vn.sohoa.ocr.OcrException;
import vn.sohoa.ocr.OcrResult;
import vn.sohoa.ocr.OcrTimeoutException;
import vn.sohoa.pages.PageCode;
import vn.sohoa.pages.PageContent;
import vn.sohoa.pages.PageImageInspector;
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

    private static final Logger log = LoggerFactory.getLogger(DocumentTextReader.class);

    private final ScanDocumentOpener opener;
    private final OcrEnginePool engines;
    private final List<PageImageInspector> inspectors;
    private final PageRecognizer recognizer;
    private final StageClock clock;

    public DocumentTextReader(ScanDocumentOpener opener, OcrEnginePool engines, List<PageImageInspector> inspectors,
                              PageRecognizer recognizer, StageClock clock) {
        this.clock = clock;
        this.opener = opener;
        this.engines = engines;
        this.inspectors = List.copyOf(inspectors);
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
        try (ScanDocument document = clock.time(Stage.DECODE, () -> opener.open(file))) {
            List<PageText> pages = new ArrayList<>(document.pageCount());
            List<PageCode> codes = new ArrayList<>();
            for (int number = 1; number <= document.pageCount(); number++) {
                int pageNumber = number;
                PageContent page = clock.time(Stage.DECODE, () -> document.page(pageNumber));
                codes.addAll(clock.time(Stage.CODES, () -> inspect(page)));
                PageText text = textOf(file, page);
                clock.time(Stage.PDF, () -> listener.accept(page, text));
                pages.add(text);
            }
            return new DocumentText(pages, codes);
        }
    }

    /** Codes on an image page, read while the page is decoded (text-layer pages have no image). */
    private List<PageCode> inspect(PageContent page) {
        if (!(page instanceof PageContent.Image image)) {
            return List.of();
        }
        List<PageCode> codes = new ArrayList<>();
        for (PageImageInspector inspector : inspectors) {
            try {
                codes.addAll(inspector.inspect(image));
            } catch (RuntimeException e) {
                // Codes are a bonus on top of the text: a page a decoder chokes on (a degenerate
                // raster of a malformed file) is read without them rather than failing the batch.
                log.warn("Page {}: {} failed, no codes read: {}", image.number(), inspector.getClass().getSimpleName(), e.toString());
            }
        }
        return codes;
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
            clock.record(Stage.PREPROCESS, read.preprocessNanos());
            clock.record(Stage.OCR, read.ocrNanos());
            OcrResult result = read.result();
            return new PageText(image.number(), result.text(), PageText.OCR, result.meanConfidence(), image.dpi(), result.words(),
                    read.processing());
        } catch (OcrTimeoutException e) {
            throw new UnreadableDocumentException(QuarantineReason.OCR_TIMEOUT, file.relativePath(), image.number(), e.getMessage(), e);
        } catch (OcrException e) {
            throw new UnreadableDocumentException(QuarantineReason.OCR_FAILED, file.relativePath(), image.number(), e.getMessage(), e);
        }
    }
}
