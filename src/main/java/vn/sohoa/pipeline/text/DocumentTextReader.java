package vn.sohoa.pipeline.text;

import java.text.Normalizer;
import java.time.Duration;
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
import vn.sohoa.pipeline.pages.RasterMemory;
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
 *
 * <p>Memory: the decoded pages of every file in flight share one {@link RasterMemory}, so a large
 * page waits for heap instead of running out of it; one that runs out all the same is retried
 * alone. A page that cannot be decoded is left out and listed; a file none of whose pages can be
 * read is refused with the first page's reason.
 */
@Component
public class DocumentTextReader implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(DocumentTextReader.class);
    /** How long a page retried alone waits for other files' pages to give their memory back. */
    private static final Duration ALONE_PATIENCE = Duration.ofMinutes(1);

    private final ScanDocumentOpener opener;
    private final OcrEnginePool engines;
    private final List<PageImageInspector> inspectors;
    private final PageRecognizer recognizer;
    private final StageClock clock;
    private final ExecutorService pageWorkers;
    private final RasterMemory memory;

    public DocumentTextReader(ScanDocumentOpener opener, OcrEnginePool engines, List<PageImageInspector> inspectors,
                              PageRecognizer recognizer, StageClock clock, RasterMemory memory) {
        this.memory = memory;
        this.clock = clock;
        this.opener = opener;
        this.engines = engines;
        this.inspectors = List.copyOf(inspectors);
        this.recognizer = recognizer;
        CustomizableThreadFactory threads = new CustomizableThreadFactory("ocr-page-");
        threads.setDaemon(true);
        this.pageWorkers = Executors.newFixedThreadPool(engines.size(), threads);
    }

    /** @throws UnreadableDocumentException when the file or every one of its pages cannot be read */
    public DocumentText read(ScanFile file) {
        return read(file, PageListener.NONE);
    }

    /** A decoded page whose text is being read, and the share of the raster memory it holds. */
    private record Pending(PageContent page, RasterMemory.Lease memory, Future<Read> text) {
    }

    /** A decoded page and the memory it holds until it is released. */
    private record Decoded(PageContent page, RasterMemory.Lease memory) {
    }

    /** A page's text and the time its reading took, counted to the file on the file's thread. */
    private record Read(PageText text, long preprocessNanos, long ocrNanos) {
    }

    /** What has been read of one file so far. */
    private final class Reading {
        final ScanFile file;
        final ScanDocument document;
        final PageListener listener;
        final List<PageText> pages = new ArrayList<>();
        final List<PageCode> codes = new ArrayList<>();
        final List<UnreadablePage> unreadable = new ArrayList<>();
        final Deque<Pending> inFlight = new ArrayDeque<>();
        UnreadableDocumentException firstFailure;

        Reading(ScanFile file, ScanDocument document, PageListener listener) {
            this.file = file;
            this.document = document;
            this.listener = listener;
        }

        void finishOldest() {
            PageText text = finish(this, inFlight.poll());
            if (text != null) {
                pages.add(text);
            }
        }

        void finishAll() {
            while (!inFlight.isEmpty()) {
                finishOldest();
            }
        }
    }

    /**
     * Reads every page and hands each decoded page with its text to {@code listener}, in page
     * order, before releasing it. A page that cannot be decoded while others can is left out and
     * listed in {@link DocumentText#unreadable()}; the file is refused only when no page can be read.
     *
     * @throws UnreadableDocumentException when the file or every one of its pages cannot be read
     */
    public DocumentText read(ScanFile file, PageListener listener) {
        try (ScanDocument document = clock.time(Stage.DECODE, () -> opener.open(file))) {
            Reading reading = new Reading(file, document, listener);
            try {
                for (int number = 1; number <= document.pageCount(); number++) {
                    readPage(reading, number);
                }
                reading.finishAll();
            } finally {
                reading.inFlight.forEach(pending -> { // a page failed: the rest is not needed
                    pending.text().cancel(true);
                    pending.memory().close();
                });
            }
            if (reading.pages.isEmpty() && reading.firstFailure != null) {
                throw reading.firstFailure;
            }
            return new DocumentText(reading.pages, reading.codes, reading.unreadable);
        }
    }

    private void readPage(Reading reading, int number) {
        Decoded decoded;
        try {
            decoded = decode(reading, number);
        } catch (UnreadableDocumentException e) {
            if (e.page() != number || reading.document.pageCount() == 1) {
                throw e;
            }
            log.warn("{}: page {} left out: {} ({})", reading.file.relativePath(), number, e.reason(), e.getMessage());
            reading.unreadable.add(new UnreadablePage(number, e.reason(), e.getMessage()));
            reading.firstFailure = reading.firstFailure == null ? e : reading.firstFailure;
            reading.listener.skipped(number);
            return;
        }
        PageContent page = decoded.page();
        reading.codes.addAll(clock.time(Stage.CODES, () -> inspect(page)));
        reading.inFlight.add(new Pending(page, decoded.memory(), start(reading.file, page, reading.document.pageCount() > 1)));
        while (reading.inFlight.size() >= Math.max(1, engines.size())) {
            reading.finishOldest();
        }
    }

    /**
     * Decodes a page within the raster memory shared by every file in flight: the page's planned
     * share is taken first, finishing this file's earlier pages to free theirs when it is not free,
     * and waiting for other files' pages only when this file holds none (so no two files can wait
     * for each other). A page whose decoding still runs out of heap is retried once alone, holding
     * the whole budget; only a page that does not fit even then is left out as too large.
     */
    private Decoded decode(Reading reading, int number) {
        long bytes = reading.document.rasterBytes(number);
        RasterMemory.Lease lease = memory.tryAcquire(bytes);
        while (lease == null && !reading.inFlight.isEmpty()) {
            reading.finishOldest();
            lease = memory.tryAcquire(bytes);
        }
        if (lease == null) {
            lease = waitFor(() -> memory.acquire(bytes), reading, number);
        }
        try {
            return new Decoded(clock.time(Stage.DECODE, () -> reading.document.page(number)), lease);
        } catch (OutOfMemoryError e) {
            lease.close();
            log.warn("{}: page {} ran out of memory while decoded; retried alone", reading.file.relativePath(), number);
            return decodeAlone(reading, number);
        } catch (RuntimeException e) {
            lease.close();
            throw e;
        }
    }

    private Decoded decodeAlone(Reading reading, int number) {
        reading.finishAll();
        RasterMemory.Lease all = waitFor(memory::acquireAll, reading, number);
        try {
            return new Decoded(clock.time(Stage.DECODE, () -> reading.document.page(number)), all);
        } catch (OutOfMemoryError e) {
            all.close();
            throw new UnreadableDocumentException(QuarantineReason.IMAGE_TOO_LARGE, reading.file.relativePath(), number,
                    "decoding ran out of memory even alone, with the whole raster memory of "
                            + memory.bytes() / (1024 * 1024) + " MiB", e);
        } catch (RuntimeException e) {
            all.close();
            throw e;
        }
    }

    private interface LeaseWait {
        RasterMemory.Lease acquire() throws InterruptedException;
    }

    private static RasterMemory.Lease waitFor(LeaseWait wait, Reading reading, int number) {
        try {
            return wait.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OcrException("Interrupted while page " + number + " of " + reading.file.relativePath()
                    + " waited for raster memory", e);
        }
    }

    private Future<Read> start(ScanFile file, PageContent page, boolean parallel) {
        if (parallel && page instanceof PageContent.Image) {
            return pageWorkers.submit(() -> textOf(file, page));
        }
        try {
            return CompletableFuture.completedFuture(textOf(file, page));
        } catch (OutOfMemoryError e) {
            return CompletableFuture.failedFuture(e); // retried alone when its turn comes
        }
    }

    /** Waits for the page's text, counts its time, hands it to the listener. */
    private PageText finish(Reading reading, Pending pending) {
        Read read;
        try {
            read = pending.text().get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof OutOfMemoryError) {
                return recognizeAgainAlone(reading, pending);
            }
            pending.memory().close();
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure; // an UnreadableDocumentException stays one: the file is quarantined
            }
            throw new IllegalStateException("Reading page " + pending.page().number() + " failed", e.getCause());
        } catch (InterruptedException e) {
            pending.memory().close();
            Thread.currentThread().interrupt();
            throw new OcrException("Interrupted while page " + pending.page().number() + " was read", e);
        }
        return handOver(reading, pending, read);
    }

    private PageText handOver(Reading reading, Pending pending, Read read) {
        if (read.ocrNanos() > 0) { // a text-layer page was not OCRed: it must not count as an OCR run
            clock.record(Stage.PREPROCESS, read.preprocessNanos());
            clock.record(Stage.OCR, read.ocrNanos());
        }
        try {
            clock.time(Stage.PDF, () -> reading.listener.accept(pending.page(), read.text()));
        } finally {
            pending.memory().close();
        }
        return read.text();
    }

    /**
     * The page ran out of heap in preprocessing or OCR: it is recognized again on this thread once
     * this file's other pages in flight are through OCR and no other file's page holds any of the
     * raster memory. A page that runs out of memory even then is left out as too large (null).
     */
    private PageText recognizeAgainAlone(Reading reading, Pending pending) {
        int number = pending.page().number();
        log.warn("{}: page {} ran out of memory in recognition; retried alone", reading.file.relativePath(), number);
        List<RasterMemory.Lease> held = new ArrayList<>(List.of(pending.memory()));
        for (Pending other : reading.inFlight) {
            held.add(other.memory());
            try {
                other.text().get(); // its OCR copies released; the result stays for its turn
            } catch (ExecutionException ignored) {
                // reported when that page's turn comes
            } catch (InterruptedException e) {
                pending.memory().close();
                Thread.currentThread().interrupt();
                throw new OcrException("Interrupted while page " + number + " waited to be read alone", e);
            }
        }
        RasterMemory.Lease rest = waitFor(() -> memory.acquireAllBut(held, ALONE_PATIENCE), reading, number);
        try {
            return handOver(reading, pending, textOf(reading.file, pending.page()));
        } catch (RuntimeException e) {
            pending.memory().close();
            throw e;
        } catch (OutOfMemoryError e) {
            pending.memory().close();
            UnreadableDocumentException failure = new UnreadableDocumentException(QuarantineReason.IMAGE_TOO_LARGE,
                    reading.file.relativePath(), number, "recognition ran out of memory even alone", e);
            reading.unreadable.add(new UnreadablePage(number, failure.reason(), failure.getMessage()));
            reading.firstFailure = reading.firstFailure == null ? failure : reading.firstFailure;
            reading.listener.skipped(number);
            return null;
        } finally {
            rest.close();
        }
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
                    result.words(), read.processing(), result.blocks()), read.preprocessNanos(), read.ocrNanos());
        } catch (OcrTimeoutException e) {
            throw new UnreadableDocumentException(QuarantineReason.OCR_TIMEOUT, file.relativePath(), image.number(), e.getMessage(), e);
        } catch (OcrException e) {
            throw new UnreadableDocumentException(QuarantineReason.OCR_FAILED, file.relativePath(), image.number(), e.getMessage(), e);
        }
    }
}
