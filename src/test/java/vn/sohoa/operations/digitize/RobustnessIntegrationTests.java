package vn.sohoa.operations.digitize;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.sohoa.OwnJvm;
import vn.sohoa.SampleScans;
import vn.sohoa.SohoaApplication;
import vn.sohoa.model.ArchiveLayout;
import vn.sohoa.model.DigitizedRecord;
import vn.sohoa.model.ReviewNote;
import vn.sohoa.operations.report.FileReport;
import vn.sohoa.operations.report.Outcome;
import vn.sohoa.pipeline.archive.RecordArchive;
import vn.sohoa.pipeline.pages.RobustnessScans;
import vn.sohoa.pipeline.pages.RobustnessScans.CmykJpeg;
import vn.sohoa.storage.ObjectStore;

/**
 * The robustness set ({@link RobustnessScans}: colour models, compressions, a very large scan, a
 * poster-sized PDF page, many and mixed pages, broken files) through the real digitize job, with
 * the default pixel budget, raster memory and the test JVM's 1 GiB heap: every valid file is
 * archived with its text and its original byte for byte, a partly readable one with the pages
 * that could be read and a review note for the others, and every broken one quarantined with
 * its reason.
 */
@SpringBootTest(classes = SohoaApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE)
@OwnJvm // its 1 GiB heap is its own, not shared with the other test classes' cached contexts
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RobustnessIntegrationTests {

    private static final Path home = SampleScans.newTempDir("sohoa-robust");

    /** What each file of the set must become. */
    record Expected(String file, Outcome outcome, String reasonCode, int pages, List<Integer> unreadablePages) {

        static Expected archived(String file, int pages) {
            return new Expected(file, Outcome.ARCHIVED, null, pages, List.of());
        }

        static Expected quarantined(String file, String reasonCode) {
            return new Expected(file, Outcome.QUARANTINED, reasonCode, 0, List.of());
        }
    }

    private final Path batch = SampleScans.newTempDir("robust");
    private final List<Expected> expected = new ArrayList<>();

    @Autowired
    DigitizeService service;
    @Autowired
    RecordArchive archive;
    @Autowired
    ObjectStore store;

    private BatchRun run;
    private Map<String, FileReport> outcomes;
    private long peakHeap;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("sohoa.home", () -> home.toString());
    }

    @BeforeAll
    void digitizeTheSet() throws IOException {
        writeSet();
        // The heap in use, sampled while the batch runs: for the log, not a check (timing-dependent).
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        AtomicLong peak = new AtomicLong();
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();
        run = service.digitize(batch, "robust", false);
        sampler.interrupt();
        peakHeap = peak.get();
        outcomes = run.report().files().stream().collect(Collectors.toMap(FileReport::file, Function.identity()));
        System.out.printf("Robustness set: %d files, %s; heap in use at most %d MiB (sampled) of %d MiB%n", outcomes.size(),
                run.report().files().stream().collect(Collectors.groupingBy(FileReport::outcome, Collectors.counting())),
                peakHeap >> 20, Runtime.getRuntime().maxMemory() >> 20);
    }

    private void writeSet() throws IOException {
        RobustnessScans.writeCmykJpeg(batch.resolve("cmyk-adobe.jpg"), CmykJpeg.ADOBE_CMYK);
        RobustnessScans.writeCmykJpeg(batch.resolve("ycck-adobe.jpg"), CmykJpeg.ADOBE_YCCK);
        RobustnessScans.writeCmykJpeg(batch.resolve("cmyk-no-adobe.jpg"), CmykJpeg.NO_ADOBE_MARKER);
        expected.addAll(List.of(Expected.archived("cmyk-adobe.jpg", 1), Expected.archived("ycck-adobe.jpg", 1),
                Expected.archived("cmyk-no-adobe.jpg", 1)));

        BufferedImage alpha = RobustnessScans.page(BufferedImage.TYPE_INT_ARGB);
        RobustnessScans.writeTiff(batch.resolve("alpha-lzw.tif"), "LZW", List.of(alpha, alpha));
        RobustnessScans.writeTiff(batch.resolve("grey16-deflate.tif"), "Deflate", List.of(RobustnessScans.grey16()));
        RobustnessScans.writeTiff(batch.resolve("palette-lzw.tif"), "LZW", List.of(RobustnessScans.palette(false)));
        RobustnessScans.writeTiff(batch.resolve("jpeg-in.tif"), "JPEG", List.of(RobustnessScans.page(BufferedImage.TYPE_3BYTE_BGR)));
        RobustnessScans.writePng(batch.resolve("rgba16.png"), RobustnessScans.rgba16(), 300);
        RobustnessScans.writePng(batch.resolve("palette-transparent.png"), RobustnessScans.palette(true), 300);
        expected.addAll(List.of(Expected.archived("alpha-lzw.tif", 2), Expected.archived("grey16-deflate.tif", 1),
                Expected.archived("palette-lzw.tif", 1), Expected.archived("jpeg-in.tif", 1),
                Expected.archived("rgba16.png", 1), Expected.archived("palette-transparent.png", 1)));

        RobustnessScans.writeJpxPdf(batch.resolve("jpeg2000.pdf"));
        expected.add(Expected.archived("jpeg2000.pdf", 1));

        // Mixed: one file, a different colour model on every page.
        RobustnessScans.writeTiff(batch.resolve("mixed.tif"), "Deflate", List.of(RobustnessScans.page(BufferedImage.TYPE_3BYTE_BGR),
                RobustnessScans.grey16(), RobustnessScans.palette(false), alpha));
        expected.add(Expected.archived("mixed.tif", 4));
        // Many pages, read several at a time.
        BufferedImage grey = RobustnessScans.page(BufferedImage.TYPE_BYTE_GRAY);
        RobustnessScans.writeTiff(batch.resolve("many-pages.tif"), "Deflate", Collections.nCopies(12, grey));
        expected.add(Expected.archived("many-pages.tif", 12));

        // Over the default budget of 60 million pixels whole, within it at 300 dpi.
        RobustnessScans.writeLargeTiff(batch.resolve("large-8400-600dpi.tif"), 8400, 600);
        expected.add(Expected.archived("large-8400-600dpi.tif", 1));
        // A0 posters: each page rendered as finely as the budget allows (about 196 dpi, colour: some
        // 240 MB of raster before the copies OCR makes), pages of both files in flight at once.
        RobustnessScans.writePosterPdf(batch.resolve("posters-a0.pdf"), 33.1f, 46.8f, 3);
        RobustnessScans.writePosterPdf(batch.resolve("posters-a0-landscape.pdf"), 46.8f, 33.1f, 3);
        expected.addAll(List.of(Expected.archived("posters-a0.pdf", 3), Expected.archived("posters-a0-landscape.pdf", 3)));

        // Partly readable: archived with pages 1 and 3, page 2 listed.
        RobustnessScans.writeTiffWithBrokenSecondPage(batch.resolve("broken-page-2.tif"));
        expected.add(new Expected("broken-page-2.tif", Outcome.ARCHIVED, null, 2, List.of(2)));

        // Really unreadable.
        RobustnessScans.writeTruncatedJpeg(batch.resolve("truncated.jpg"), 400);
        byte[] noise = new byte[4096];
        new Random(20).nextBytes(noise);
        Files.write(batch.resolve("noise.jpg"), noise);
        Files.write(batch.resolve("empty.png"), new byte[0]);
        RobustnessScans.writeLargeTiff(batch.resolve("large-8400-300dpi.tif"), 8400, 300);
        expected.addAll(List.of(Expected.quarantined("truncated.jpg", "DAMAGED"), Expected.quarantined("noise.jpg", "UNSUPPORTED_TYPE"),
                Expected.quarantined("empty.png", "EMPTY_FILE"), Expected.quarantined("large-8400-300dpi.tif", "IMAGE_TOO_LARGE")));
    }

    @Test
    void everyFileEndsAsExpectedAndTheBatchCompletes() {
        assertThat(run.result()).as(run.message()).isEqualTo(BatchRun.Result.COMPLETED);
        assertThat(outcomes.keySet()).containsExactlyInAnyOrderElementsOf(expected.stream().map(Expected::file).toList());
        for (Expected file : expected) {
            FileReport report = outcomes.get(file.file());
            assertThat(report.outcome()).as(file.file() + ": " + report.detail()).isEqualTo(file.outcome());
            if (file.outcome() == Outcome.QUARANTINED) {
                assertThat(report.reasonCode()).as(file.file() + ": " + report.detail()).isEqualTo(file.reasonCode());
            }
        }
    }

    /** Converted right for OCR: every page read has the text; the original is archived as it came. */
    @Test
    void everyValidFileIsArchivedWithItsTextAndItsOriginalByteForByte() throws IOException {
        for (Expected file : expected.stream().filter(e -> e.outcome() == Outcome.ARCHIVED).toList()) {
            DigitizedRecord record = archive.find(outcomes.get(file.file()).recordId()).orElseThrow();
            assertThat(record.pageCount()).as(file.file()).isEqualTo(file.pages());
            String[] pages = archive.text(record.id()).split("\f", -1);
            assertThat(pages).as(file.file()).hasSize(file.pages())
                    .allSatisfy(text -> assertThat(text).as(file.file()).contains(RobustnessScans.WORD));
            assertThat(store.read(ArchiveLayout.original(record.id()))).as(file.file())
                    .isEqualTo(Files.readAllBytes(batch.resolve(file.file())));
        }
    }

    /** A person decides about the page that could not be read: the record and the report say which. */
    @Test
    void aPartlyReadableFileSaysWhichPagesCouldNotBeRead() {
        FileReport report = outcomes.get("broken-page-2.tif");
        DigitizedRecord record = archive.find(report.recordId()).orElseThrow();
        assertThat(record.review()).filteredOn(note -> note.code().equals(ReviewNote.Code.PAGE_UNREADABLE.name()))
                .singleElement().satisfies(note -> assertThat(note.reason()).contains("Trang 2"));
        assertThat(report.needsReview()).isNotNull();
        assertThat(report.needsReview().stream().flatMap(r -> r.notes().stream()).map(ReviewNote::code))
                .contains(ReviewNote.Code.PAGE_UNREADABLE.name());
    }

    /**
     * The set ran under the test JVM's configured heap (Surefire's -Xmx1g, the default of the
     * launcher): the outcomes above were reached within it, none refused for lack of memory.
     */
    @Test
    void theSetRanWithinTheConfiguredHeapAndNoValidPageWasRefusedForMemory() {
        assertThat(Runtime.getRuntime().maxMemory()).isLessThanOrEqualTo(1L << 30);
        assertThat(run.report().files()).filteredOn(f -> "IMAGE_TOO_LARGE".equals(f.reasonCode()))
                .extracting(FileReport::file).containsExactly("large-8400-300dpi.tif");
    }
}
