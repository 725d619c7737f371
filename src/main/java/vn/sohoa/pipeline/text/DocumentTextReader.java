package vn.sohoa.pipeline.text;

import java.text.Normalizer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.stereotype.Component;

import vn.sohoa.failure.QuarantineReason;
import vn.sohoa.failure.UnreadableDocumentException;
import vn.sohoa.pipeline.intake.ScanFile;
import vn.sohoa.pipeline.ocr.OcrEnginePool;
import vn.sohoa.pipeline.ocr.OcrException;
import vn.sohoa.pipeline.ocr.OcrResult;
import vn.sohoa.pipeline.ocr.OcrTimeoutException;
import vn.sohoa.pipeline.pages.PageCode;
import vn.sohoa.pipeline.pages.PageContent;
import vn.sohoa.pipeline.pages.PageImageInspector;
import vn.sohoa.pipeline.pages.ScanDocument;
import vn.sohoa.pipeline.pages.ScanDocumentOpener;
import vn.sohoa.timing.Stage;
import vn.sohoa.timing.StageClock;

/**
 * Gets the text of every page of a scan: a usable PDF text layer is taken as it is; every image
 * page is preprocessed and OCRed ({@link PageRecognizer}) with an engine from the pool.
 *
 * <p>The pages of a multi-page file are read in parallel, as many at a time as there are engines:
 * this thread decodes the next page (and reads its codes) while earlier ones are in Tesseract on
 * the page workers, and hands finished pages to the listener in page order. A page is decoded
 * once and released when the listener has had it, so at most {@code engines + 1} pages of a file
 * are in memory whatever its length. A one-page file is read on this thread, without a hand-off.
 */
@Component
public class DocumentTextReader implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(DocumentTextReader.class);

    private final ScanDocumentOpener opener;
    private final OcrEnginePool engines;
    private final List<PageImageInspector> inspectors;
    private final PageRecognizer recognizer;
    private final StageClock clock;
    private final ExecutorService pageWorkers;

    public DocumentTextReader(ScanDocumentOpener opener, OcrEnginePool engines, List<PageImageInspector> inspectors,
                              PageRecognizer recognizer, StageClock clock) {
        this.clock = clock;
        this.opener = opener;
        this.engines = engines;
        this.inspectors = List.copyOf(inspectors);
        this.recognizer = recognizer;
        CustomizableThreadFactory threads = new CustomizableThreadFactory("ocr-page-");
        threads.setDaemon(true);
        this.pageWorkers = Executors.newFixedThreadPool(engines.size(), threads);
    }

    /** @throws UnreadableDocumentException when the file or one of its pages cannot be read */
    public DocumentText read(ScanFile file) {
        return read(file, PageListener.NONE);
    }

    /** A decoded page whose text is being read. */
    private record Pending(PageContent page, Future<Read> text) {
    }

    /** A page's text and the time its reading took, counted to the file on the file's thread. */
    private record Read(PageText text, long preprocessNanos, long ocrNanos) {
    }

    /**
     * Reads every page and hands each decoded page with its text to {@code listener}, in page
     * order, before releasing it.
     *
     * @throws UnreadableDocumentException when the file or one of its pages cannot be read
     */
    public DocumentText read(ScanFile file, PageListener listener) {
        try (ScanDocument document = clock.time(Stage.DECODE, () -> opener.open(file))) {
            int count = document.pageCount();
            List<PageText> pages = new ArrayList<>(count);
            List<PageCode> codes = new ArrayList<>();
            Deque<Pending> inFlight = new ArrayDeque<>();
            try {
                for (int number = 1; number <= count; number++) {
                    int pageNumber = number;
                    PageContent page = clock.time(Stage.DECODE, () -> document.page(pageNumber));
                    codes.addAll(clock.time(Stage.CODES, () -> inspect(page)));
                    inFlight.add(new Pending(page, start(file, page, count > 1)));
                    while (inFlight.size() >= Math.max(1, engines.size())) {
                        pages.add(finish(inFlight.poll(), listener));
                    }
                }
                while (!inFlight.isEmpty()) {
                    pages.add(finish(inFlight.poll(), listener));
                }
            } finally {
                inFlight.forEach(pending -> pending.text().cancel(true)); // a page failed: the rest is not needed
            }
            return new DocumentText(pages, codes);
        }
    }

    private Future<Read> start(ScanFile file, PageContent page, boolean parallel) {
        if (parallel && page instanceof PageContent.Image) {
            return pageWorkers.submit(() -> textOf(file, page));
        }
        return CompletableFuture.completedFuture(textOf(file, page));
    }

    /** Waits for the page's text, counts its time, hands it to the listener. */
    private PageText finish(Pending pending, PageListener listener) {
        Read read;
        try {
            read = pending.text().get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure; // an UnreadableDocumentException stays one: the file is quarantined
            }
            throw new IllegalStateException("Reading page " + pending.page().number() + " failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OcrException("Interrupted while page " + pending.page().number() + " was read", e);
        }
        if (read.ocrNanos() > 0) { // a text-layer page was not OCRed: it must not count as an OCR run
            clock.record(Stage.PREPROCESS, read.preprocessNanos());
            clock.record(Stage.OCR, read.ocrNanos());
        }
        clock.time(Stage.PDF, () -> listener.accept(pending.page(), read.text()));
        return read.text();
    }

    @Override
    public void destroy() {
        pageWorkers.shutdownNow();
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

    private Read textOf(ScanFile file, PageContent page) {
        // Java 17: no pattern matching for switch yet; the interface is sealed to these two.
        if (page instanceof PageContent.TextLayer layer) {
            return new Read(new PageText(layer.number(), Normalizer.normalize(layer.text(), Normalizer.Form.NFC),
                    PageText.TEXT_LAYER, null, null, List.of()), 0, 0);
        }
        return recognize(file, (PageContent.Image) page);
    }

    private Read recognize(ScanFile file, PageContent.Image image) {
        try {
            PageRecognizer.Recognized read = engines.withEngine(engine -> recognizer.recognize(engine, image.image(), image.dpi()));
            OcrResult result = read.result();
            return new Read(new PageText(image.number(), result.text(), PageText.OCR, result.meanConfidence(), image.dpi(),
                    result.words(), read.processing()), read.preprocessNanos(), read.ocrNanos());
        } catch (OcrTimeoutException e) {
            throw new UnreadableDocumentException(QuarantineReason.OCR_TIMEOUT, file.relativePath(), image.number(), e.getMessage(), e);
        } catch (OcrException e) {
            throw new UnreadableDocumentException(QuarantineReason.OCR_FAILED, file.relativePath(), image.number(), e.getMessage(), e);
        }
    }
}
