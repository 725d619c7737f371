package vn.sohoa.operations.digitize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.sohoa.SampleScans;
import vn.sohoa.SohoaApplication;
import vn.sohoa.operations.report.FileReport;
import vn.sohoa.operations.report.Outcome;
import vn.sohoa.pipeline.archive.RecordArchive;
import vn.sohoa.pipeline.index.SearchIndex;
import vn.sohoa.pipeline.index.SearchQuery;
import vn.sohoa.pipeline.ocr.OcrEnginePool;
import vn.sohoa.pipeline.ocr.OcrProperties;
import vn.sohoa.pipeline.ocr.TesseractEngineProvider;
import vn.sohoa.pipeline.ocr.TestOcrEngines;

/**
 * The digitize job with the OCR engine chosen by configuration, and engines that Tesseract cannot
 * be made to be: one that fails on every page (a crash must quarantine the files it hit, not stop
 * the batch), one that reads a fixed text (the pipeline around OCR works without Tesseract).
 */
class OcrEngineFaultsIntegrationTests {

    /** Files of sample-scans/ whose pages are images, so that they go through OCR. */
    private static final List<String> SCANNED = List.of("quyet-dinh-cap-phep.pdf", "giay-phep-xay-dung.tif", "ho-kinh-doanh.jpg",
            "thong-bao.png");
    private static final String BORN_DIGITAL = "cong-van-dien-tu.pdf";

    @Test
    void anUnknownEngineIsRefusedNamingTheEnginesThereAre() {
        OcrProperties properties = new OcrProperties("vie", "", 1, java.time.Duration.ofSeconds(5), 0, 0, "tesseract5");
        assertThatThrownBy(() -> new OcrEnginePool(List.of(new TesseractEngineProvider(), new TestOcrEngines.Fake()), properties))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("tesseract5").hasMessageContaining("[fake, tesseract]");
    }

    static Map<String, FileReport> digitize(DigitizeService service, Path batchDir, String name) {
        SampleScans.copyTo(batchDir);
        BatchRun run = service.digitize(batchDir, name, false);
        assertThat(run.result()).as(run.message()).isEqualTo(BatchRun.Result.COMPLETED);
        return run.report().files().stream().collect(Collectors.toMap(FileReport::file, Function.identity()));
    }

    @Nested
    @SpringBootTest(classes = SohoaApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE)
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class WhenTheEngineCrashesOnEveryPage {

        private static final Path home = SampleScans.newTempDir("sohoa-crashing");

        @Autowired
        DigitizeService service;

        private Map<String, FileReport> outcomes;
        private int pagesBefore;

        @DynamicPropertySource
        static void properties(DynamicPropertyRegistry registry) {
            registry.add("sohoa.home", () -> home.toString());
            registry.add("sohoa.ocr.engine", () -> "crashing");
        }

        @BeforeAll
        void digitizeTheSamples() {
            pagesBefore = TestOcrEngines.PAGES.get();
            outcomes = digitize(service, SampleScans.newTempDir("crashing"), "crashing");
        }

        @Test
        void filesThatNeedOcrAreQuarantinedWithTheReasonAndTheBatchGoesOn() {
            assertThat(TestOcrEngines.PAGES.get()).as("the configured engine was used").isGreaterThan(pagesBefore);
            for (String file : SCANNED) {
                assertThat(outcomes.get(file).outcome()).as(file).isEqualTo(Outcome.QUARANTINED);
                assertThat(outcomes.get(file).reasonCode()).as(file).isEqualTo("OCR_FAILED");
                assertThat(outcomes.get(file).detail()).as(file).contains("simulated engine crash");
            }
            assertThat(outcomes.get(BORN_DIGITAL).outcome()).as("a text layer needs no OCR").isEqualTo(Outcome.ARCHIVED);
            assertThat(outcomes.get("tep-hong.pdf").reasonCode()).isEqualTo("DAMAGED");
            assertThat(outcomes.get("trung-lap/ho-kinh-doanh-ban-sao.jpg").outcome()).isEqualTo(Outcome.DUPLICATE);
        }
    }

    @Nested
    @SpringBootTest(classes = SohoaApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE)
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class WithAFakeEngine {

        private static final Path home = SampleScans.newTempDir("sohoa-fake");

        @Autowired
        DigitizeService service;
        @Autowired
        RecordArchive archive;
        @Autowired
        SearchIndex index;

        private Map<String, FileReport> outcomes;

        @DynamicPropertySource
        static void properties(DynamicPropertyRegistry registry) {
            registry.add("sohoa.home", () -> home.toString());
            registry.add("sohoa.ocr.engine", () -> "fake");
        }

        @BeforeAll
        void digitizeTheSamples() {
            outcomes = digitize(service, SampleScans.newTempDir("fake"), "fake");
        }

        @Test
        void scannedFilesAreArchivedWithTheEnginesTextAndFoundByIt() {
            for (String file : SCANNED) {
                FileReport line = outcomes.get(file);
                assertThat(line.outcome()).as(file).isEqualTo(Outcome.ARCHIVED);
                assertThat(archive.text(line.recordId())).as(file).contains(TestOcrEngines.FAKE_TEXT);
            }
            assertThat(archive.text(outcomes.get(BORN_DIGITAL).recordId())).doesNotContain(TestOcrEngines.FAKE_TEXT);
            assertThat(index.search(SearchQuery.text("079123456789", 20)).hits()).extracting(h -> h.fileName())
                    .containsExactlyInAnyOrderElementsOf(SCANNED);
        }
    }
}
