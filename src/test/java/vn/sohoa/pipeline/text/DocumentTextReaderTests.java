package vn.sohoa.pipeline.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Collections;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.sohoa.failure.QuarantineReason;
import vn.sohoa.failure.UnreadableDocumentException;
import vn.sohoa.pipeline.intake.ContentHasher;
import vn.sohoa.pipeline.intake.IntakeProperties;
import vn.sohoa.pipeline.intake.MediaTypeDetector;
import vn.sohoa.pipeline.intake.ScanFile;
import vn.sohoa.pipeline.ocr.OcrEngine;
import vn.sohoa.pipeline.ocr.OcrEnginePool;
import vn.sohoa.pipeline.ocr.OcrProperties;
import vn.sohoa.pipeline.ocr.OcrResult;
import vn.sohoa.pipeline.ocr.TesseractEngineProvider;
import vn.sohoa.pipeline.pages.PageContent;
import vn.sohoa.pipeline.pages.PagesProperties;
import vn.sohoa.pipeline.pages.RasterMemory;
import vn.sohoa.pipeline.pages.RobustnessScans;
import vn.sohoa.pipeline.pages.ScanDocument;
import vn.sohoa.pipeline.pages.ScanDocumentOpener;
import vn.sohoa.timing.Stage;
import vn.sohoa.timing.StageClock;
import vn.sohoa.tools.samples.FontSet;
import vn.sohoa.tools.samples.PageRenderer;
import vn.sohoa.tools.samples.ResultCatalog;
import vn.sohoa.tools.samples.ResultDocument;
import vn.sohoa.tools.samples.SampleFormats;

/** Reading the pages of one file in parallel with real Tesseract engines. */
class DocumentTextReaderTests {

    @TempDir
    Path dir;

    @Test
    void pagesReadInParallelComeBackInOrderAsReadOneByOneWithTheirTimeCountedToTheFile() throws IOException {
        ResultCatalog catalog = new ResultCatalog(20261128);
        List<ResultDocument> documents = List.of(catalog.decision(), catalog.notice(), catalog.officialLetter());
        PageRenderer renderer = new PageRenderer(FontSet.fromSystem());
        List<BufferedImage> pages = documents.stream().map(d -> renderer.render(d, 200).get(0).image()).toList();
        Path tiff = dir.resolve("ba-trang.tif");
        new SampleFormats(new GregorianCalendar(2025, Calendar.JANUARY, 6)).writeTiff(pages, 200, tiff);
        ScanFile file = new ScanFile("test", "ba-trang.tif", tiff, Files.size(tiff), new ContentHasher().sha256(tiff),
                new MediaTypeDetector().detect(tiff), null, Map.of());

        List<PageText> oneByOne = reader(1).read(file).pages();

        StageClock clock = new StageClock(new SimpleMeterRegistry());
        List<Integer> handedOver = new ArrayList<>();
        Thread reading = Thread.currentThread();
        DocumentText parallel;
        try (StageClock.FileTally tally = clock.startFile()) {
            parallel = reader(2, clock).read(file, (page, text) -> {
                assertThat(Thread.currentThread()).as("the listener runs on the reading thread").isSameAs(reading);
                handedOver.add(text.number());
            });
            // OCR ran on the page workers; its time still belongs to this file.
            assertThat(tally.times().millis(Stage.OCR)).isPositive();
        }

        assertThat(handedOver).containsExactly(1, 2, 3);
        assertThat(parallel.pages()).extracting(PageText::number).containsExactly(1, 2, 3);
        assertThat(parallel.pages()).extracting(PageText::text).isEqualTo(oneByOne.stream().map(PageText::text).toList());
        for (int i = 0; i < documents.size(); i++) {
            assertThat(parallel.pages().get(i).text()).as("page %d", i + 1).contains(documents.get(i).typeName());
        }
    }

    /**
     * A page whose decoding runs out of heap is decoded again alone, holding the whole raster
     * memory, instead of the file being refused. The OutOfMemoryError is injected (a wrapper around
     * the real document throws it once): a real one cannot be produced on demand without starving
     * the rest of the test JVM.
     */
    @Test
    void aPageThatRanOutOfMemoryIsRetriedAloneWithTheWholeRasterMemory() throws IOException {
        ScanFile file = threePageTiff("oom-once.tif");
        RasterMemory memory = RasterMemory.ofBytes(64L << 20);
        List<Boolean> budgetFreeOnRetry = new ArrayList<>();
        int[] calls = {0};
        DocumentTextReader reader = reader(2, memory, (document, number) -> {
            if (number == 2 && calls[0]++ == 0) {
                throw new OutOfMemoryError("injected: Java heap space");
            }
            if (number == 2) {
                RasterMemory.Lease other = memory.tryAcquire(1);
                budgetFreeOnRetry.add(other != null);
                if (other != null) {
                    other.close();
                }
            }
            return document.page(number);
        });

        DocumentText text = reader.read(file);

        assertThat(text.pages()).extracting(PageText::number).containsExactly(1, 2, 3);
        assertThat(text.unreadable()).isEmpty();
        assertThat(budgetFreeOnRetry).as("the retry holds all of the raster memory").containsExactly(false);
        assertThat(memory.tryAcquire(memory.bytes())).as("every lease was given back").isNotNull();
    }

    /** Out of memory even alone: that page is left out as too large, the others are read. */
    @Test
    void aPageThatRunsOutOfMemoryEvenAloneIsListedAsTooLargeAndTheOthersAreRead() throws IOException {
        ScanFile file = threePageTiff("oom-always.tif");
        DocumentTextReader reader = reader(2, RasterMemory.ofBytes(64L << 20), (document, number) -> {
            if (number == 2) {
                throw new OutOfMemoryError("injected: Java heap space");
            }
            return document.page(number);
        });

        DocumentText text = reader.read(file);

        assertThat(text.pages()).extracting(PageText::number).containsExactly(1, 3);
        assertThat(text.unreadable()).singleElement().satisfies(page -> {
            assertThat(page.number()).isEqualTo(2);
            assertThat(page.reason()).isEqualTo(QuarantineReason.IMAGE_TOO_LARGE);
            assertThat(page.detail()).contains("even alone");
        });
    }

    /** A page whose data is broken (a real damaged TIFF strip) is left out; the file is not lost for it. */
    @Test
    void aDamagedPageIsLeftOutAndListedWhileTheOthersAreRead() throws IOException {
        Path tiff = dir.resolve("broken-page-2.tif");
        RobustnessScans.writeTiffWithBrokenSecondPage(tiff);
        ScanFile file = new ScanFile("test", tiff.getFileName().toString(), tiff, Files.size(tiff), new ContentHasher().sha256(tiff),
                new MediaTypeDetector().detect(tiff), null, Map.of());

        DocumentText text = reader(2).read(file);

        assertThat(text.pages()).extracting(PageText::number).containsExactly(1, 3);
        assertThat(text.pages()).allSatisfy(page -> assertThat(page.text()).contains(RobustnessScans.WORD));
        assertThat(text.unreadable()).singleElement().satisfies(page -> {
            assertThat(page.number()).isEqualTo(2);
            assertThat(page.reason()).isEqualTo(QuarantineReason.DAMAGED);
        });
    }

    /**
     * A page that runs out of heap in recognition (preprocessing copies, the engine's input) is
     * recognized again alone, on a page worker (three pages) and on the file's own thread (one
     * page), instead of failing the batch. The engine throws the error once, by injection.
     */
    @Test
    void aPageThatRanOutOfMemoryInRecognitionIsRecognizedAgainAlone() throws IOException {
        for (int pages : new int[] {3, 1}) {
            Path tiff = dir.resolve("oom-ocr-" + pages + ".tif");
            RobustnessScans.writeTiff(tiff, "Deflate", Collections.nCopies(pages, RobustnessScans.page(BufferedImage.TYPE_BYTE_GRAY)));
            ScanFile file = new ScanFile("test", tiff.getFileName().toString(), tiff, Files.size(tiff), new ContentHasher().sha256(tiff),
                    new MediaTypeDetector().detect(tiff), null, Map.of());
            AtomicInteger calls = new AtomicInteger();
            OcrEnginePool pool = new OcrEnginePool(() -> new OcrEngine() {
                @Override
                public OcrResult recognize(BufferedImage image, int dpi) {
                    if (calls.incrementAndGet() == 1) {
                        throw new OutOfMemoryError("injected: Java heap space");
                    }
                    return new OcrResult(RobustnessScans.WORD, 90, List.of());
                }

                @Override
                public void close() {
                }
            }, 2);
            RasterMemory memory = RasterMemory.ofBytes(64L << 20);
            ScanDocumentOpener opener = new ScanDocumentOpener(new PagesProperties(300, 300, 25, 0.5),
                    new IntakeProperties(List.of(), 60_000_000L, 10));
            DocumentTextReader reader = new DocumentTextReader(opener, pool, List.of(), PageRecognizer.raw(),
                    new StageClock(new SimpleMeterRegistry()), memory);

            DocumentText text = reader.read(file);

            assertThat(text.pages()).as(pages + " pages").extracting(PageText::number)
                    .isEqualTo(IntStream.rangeClosed(1, pages).boxed().toList());
            assertThat(text.unreadable()).isEmpty();
            assertThat(calls).hasValue(pages + 1);
            assertThat(memory.tryAcquire(memory.bytes())).as("every lease was given back").isNotNull();
            reader.destroy();
        }
    }

    /**
     * Every page runs out of heap in recognition, and again when recognized alone: the file has
     * no page left and is refused as too large with the first page's reason, not returned with an
     * empty page list (which the split stage took for a stack of separator sheets: NO_PAGES). The
     * engine throws the error every time, by injection.
     */
    @Test
    void aFileWhoseEveryPageRunsOutOfMemoryEvenAloneIsRefusedAsTooLarge() throws IOException {
        ScanFile file = threePageTiff("oom-every-page.tif");
        AtomicInteger calls = new AtomicInteger();
        OcrEnginePool pool = new OcrEnginePool(() -> new OcrEngine() {
            @Override
            public OcrResult recognize(BufferedImage image, int dpi) {
                calls.incrementAndGet();
                throw new OutOfMemoryError("injected: Java heap space");
            }

            @Override
            public void close() {
            }
        }, 2);
        RasterMemory memory = RasterMemory.ofBytes(64L << 20);
        ScanDocumentOpener opener = new ScanDocumentOpener(new PagesProperties(300, 300, 25, 0.5),
                new IntakeProperties(List.of(), 60_000_000L, 10));
        DocumentTextReader reader = new DocumentTextReader(opener, pool, List.of(), PageRecognizer.raw(),
                new StageClock(new SimpleMeterRegistry()), memory);
        List<Integer> skipped = new ArrayList<>();
        List<Integer> accepted = new ArrayList<>();

        try {
            assertThatThrownBy(() -> reader.read(file, new PageListener() {
                @Override
                public void accept(PageContent page, PageText text) {
                    accepted.add(page.number());
                }

                @Override
                public void skipped(int number) {
                    skipped.add(number);
                }
            })).isInstanceOfSatisfying(UnreadableDocumentException.class, e -> {
                assertThat(e.reason()).isEqualTo(QuarantineReason.IMAGE_TOO_LARGE);
                assertThat(e.page()).isEqualTo(1);
                assertThat(e.getMessage()).contains("even alone");
            });
        } finally {
            reader.destroy();
        }
        assertThat(calls).as("each page tried in parallel, then alone").hasValue(6);
        assertThat(accepted).isEmpty();
        assertThat(skipped).containsExactly(1, 2, 3);
        assertThat(memory.tryAcquire(memory.bytes())).as("every lease was given back").isNotNull();
    }

    private ScanFile threePageTiff(String name) throws IOException {
        Path tiff = dir.resolve(name);
        BufferedImage page = RobustnessScans.page(BufferedImage.TYPE_BYTE_GRAY);
        RobustnessScans.writeTiff(tiff, "Deflate", List.of(page, page, page));
        return new ScanFile("test", name, tiff, Files.size(tiff), new ContentHasher().sha256(tiff),
                new MediaTypeDetector().detect(tiff), null, Map.of());
    }

    /** Decodes a page of the real document, or injects a fault instead. */
    private interface PageDecoder {
        PageContent page(ScanDocument document, int number);
    }

    private static DocumentTextReader reader(int engines, RasterMemory memory, PageDecoder decoder) {
        OcrEnginePool pool = new OcrEnginePool(List.of(new TesseractEngineProvider()), new OcrProperties("vie+eng", "", engines, Duration.ofSeconds(120), 0, 0, "tesseract"));
        ScanDocumentOpener opener = new ScanDocumentOpener(new PagesProperties(300, 300, 25, 0.5),
                new IntakeProperties(List.of(), 60_000_000L, 10)) {
            @Override
            public ScanDocument open(ScanFile file) {
                ScanDocument real = super.open(file);
                return new ScanDocument() {
                    @Override
                    public int pageCount() {
                        return real.pageCount();
                    }

                    @Override
                    public long rasterBytes(int number) {
                        return real.rasterBytes(number);
                    }

                    @Override
                    public PageContent page(int number) {
                        return decoder.page(real, number);
                    }

                    @Override
                    public void close() {
                        real.close();
                    }
                };
            }
        };
        return new DocumentTextReader(opener, pool, List.of(), PageRecognizer.raw(), new StageClock(new SimpleMeterRegistry()), memory);
    }

    private static DocumentTextReader reader(int engines) {
        return reader(engines, new StageClock(new SimpleMeterRegistry()));
    }

    private static DocumentTextReader reader(int engines, StageClock clock) {
        OcrEnginePool pool = new OcrEnginePool(List.of(new TesseractEngineProvider()), new OcrProperties("vie+eng", "", engines, Duration.ofSeconds(120), 0, 0, "tesseract"));
        ScanDocumentOpener opener = new ScanDocumentOpener(new PagesProperties(150, 300, 25, 0.5),
                new IntakeProperties(List.of(), 60_000_000L, 10));
        return new DocumentTextReader(opener, pool, List.of(), PageRecognizer.raw(), clock, RasterMemory.ofBytes(256L << 20));
    }
}
