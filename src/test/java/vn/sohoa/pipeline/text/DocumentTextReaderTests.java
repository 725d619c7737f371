package vn.sohoa.pipeline.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.sohoa.pipeline.intake.ContentHasher;
import vn.sohoa.pipeline.intake.IntakeProperties;
import vn.sohoa.pipeline.intake.MediaTypeDetector;
import vn.sohoa.pipeline.intake.ScanFile;
import vn.sohoa.pipeline.ocr.OcrEnginePool;
import vn.sohoa.pipeline.ocr.OcrProperties;
import vn.sohoa.pipeline.ocr.TesseractEngineProvider;
import vn.sohoa.pipeline.pages.PagesProperties;
import vn.sohoa.pipeline.pages.RasterMemory;
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
