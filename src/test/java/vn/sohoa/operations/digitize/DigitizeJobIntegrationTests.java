package vn.sohoa.operations.digitize;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.sohoa.SampleScans;
import vn.sohoa.SohoaApplication;
import vn.sohoa.model.ArchiveLayout;
import vn.sohoa.model.DigitizedRecord;
import vn.sohoa.operations.report.BatchReport;
import vn.sohoa.operations.report.BatchReportHtml;
import vn.sohoa.operations.report.FileReport;
import vn.sohoa.operations.report.Outcome;
import vn.sohoa.pipeline.archive.RecordArchive;
import vn.sohoa.pipeline.index.SearchIndex;
import vn.sohoa.pipeline.index.SearchResults;
import vn.sohoa.pipeline.intake.ContentHasher;
import vn.sohoa.storage.ObjectInfo;
import vn.sohoa.storage.ObjectStore;
import vn.sohoa.tools.evaluation.TextAccuracy;

/**
 * The digitize job end to end on the committed sample scans: real Tesseract, the embedded S3
 * server over HTTP, the H2 job repository, the Lucene index.
 */
@SpringBootTest(classes = SohoaApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DigitizeJobIntegrationTests {

    /**
     * Bounds on the accuracy of the samples' text. Most of the character error rate is reading
     * order (the two-column header is read row by row), so the order-free word F1 is checked too;
     * a broken OCR or text layer fails both by far.
     */
    private static final double MAX_CER = 0.12;
    private static final double MIN_WORD_F1 = 0.85;

    /** Created by hand: the context (and its properties) exists before JUnit injects static temp dirs. */
    private static final Path home = SampleScans.newTempDir("sohoa-home");

    private final Path batchDir = SampleScans.newTempDir("samples");

    @Autowired
    DigitizeService service;
    @Autowired
    ObjectStore store;
    @Autowired
    RecordArchive archive;
    @Autowired
    SearchIndex index;
    @Autowired
    BatchReportHtml reportHtml;

    private BatchRun firstRun;
    private Map<String, FileReport> outcomes;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("sohoa.home", () -> home.toString());
    }

    @BeforeAll
    void digitizeTheSamples() {
        SampleScans.copyTo(batchDir);
        firstRun = service.digitize(batchDir, "samples", false);
        outcomes = byFile(firstRun.report());
    }

    @Test
    void everyFileEndsWithExactlyOneOutcome() {
        assertThat(firstRun.result()).isEqualTo(BatchRun.Result.COMPLETED);
        assertThat(outcomes).containsOnlyKeys("quyet-dinh-cap-phep.pdf", "giay-phep-xay-dung.tif", "ho-kinh-doanh.jpg",
                "thong-bao.png", "cong-van-dien-tu.pdf", "trung-lap/ho-kinh-doanh-ban-sao.jpg", "tep-hong.pdf");
        assertThat(firstRun.report().counts()).containsEntry("archived", 5).containsEntry("duplicate", 1)
                .containsEntry("quarantined", 1);
        assertThat(outcomes.get("trung-lap/ho-kinh-doanh-ban-sao.jpg").duplicateOf())
                .isEqualTo(outcomes.get("ho-kinh-doanh.jpg").recordId());
        FileReport broken = outcomes.get("tep-hong.pdf");
        assertThat(broken.reasonCode()).isEqualTo("DAMAGED");
        assertThat(broken.reason()).contains("hỏng");
    }

    @Test
    void archivedRecordsHoldTheOriginalTheTextAndRecordJsonWithMatchingHashes() throws Exception {
        ContentHasher hasher = new ContentHasher();
        for (FileReport file : archivedFiles()) {
            DigitizedRecord record = archive.find(file.recordId()).orElseThrow();
            byte[] original = store.read(ArchiveLayout.original(record.id()));
            assertThat(hasher.sha256(original)).isEqualTo(record.sha256())
                    .isEqualTo(hasher.sha256(batchDir.resolve(file.file())));
            assertThat(record.id()).isEqualTo(record.sha256().substring(0, 24));
            String text = new String(store.read(ArchiveLayout.text(record.id())), StandardCharsets.UTF_8);
            assertThat(hasher.sha256(text.getBytes(StandardCharsets.UTF_8))).isEqualTo(record.objects().get("text").sha256());
            assertThat(record.pages()).hasSize(record.pageCount());
            assertThat(record.schemaVersion()).isEqualTo(1);
        }
        DigitizedRecord permit = recordOf("giay-phep-xay-dung.tif");
        assertThat(permit.pageCount()).isEqualTo(2);
        assertThat(archive.text(permit.id())).contains("\f");
        assertThat(permit.fields().get("confidenceLevel").value()).isEqualTo("02 Số hóa");
        assertThat(recordOf("cong-van-dien-tu.pdf").pages()).allSatisfy(p -> assertThat(p.textSource()).isEqualTo("text-layer"));
        assertThat(recordOf("cong-van-dien-tu.pdf").fields().get("confidenceLevel").value()).isEqualTo("01 Gốc điện tử");
    }

    @Test
    void manifestValuesAreKeptWithTheirSource() {
        DigitizedRecord certificate = recordOf("ho-kinh-doanh.jpg");
        assertThat(certificate.fields()).containsKeys("dossierCode", "procedureCode", "ownerIds");
        assertThat(certificate.fields().get("dossierCode").source()).isEqualTo("manifest");
        assertThat(certificate.fields().get("pageAmount").value()).isEqualTo("1");
        assertThat(certificate.fields().get("issuedDate").value()).isEqualTo("2023-12-12");
        assertThat(certificate.fields().get("issuedDate").source()).isEqualTo("ocr");
        assertThat(certificate.fields().get("signerName").source()).isEqualTo("ocr");
        assertThat(certificate.fields().get("ownerIds").value()).isEqualTo(List.of("089194290546", "1679539818"));
    }

    @Test
    void fieldsAreReadFromTheTextWithTheirSource() {
        DigitizedRecord notice = recordOf("thong-bao.png");
        assertThat(notice.fields().get("documentNumber").value()).isEqualTo("152/TB-PTNMT");
        assertThat(notice.fields().get("documentNumber").source()).isEqualTo("ocr");
        assertThat(notice.fields().get("typeName").value()).isEqualTo("THÔNG BÁO");
        assertThat(notice.fields().get("organName").value()).isEqualTo("UBND HUYỆN THOẠI SƠN PHÒNG TÀI NGUYÊN VÀ MÔI TRƯỜNG");
        DigitizedRecord letter = recordOf("cong-van-dien-tu.pdf");
        assertThat(letter.fields().get("documentNumber").value()).isEqualTo("4869/UBND-VX");
        assertThat(letter.fields().get("documentNumber").source()).isEqualTo("text-layer");
        assertThat(recordOf("ho-kinh-doanh.jpg").technical()).containsEntry("resolutionDpi", 300);
        assertThat(letter.technical()).containsEntry("pages", "1").containsKey("producer");
    }

    @Test
    void recordsToCheckAreListedInTheBatchReportWithTheFieldAndWhy() {
        assertThat(firstRun.report().counts()).containsKey("needsReview");
        for (FileReport file : archivedFiles()) {
            DigitizedRecord record = recordOf(file.file());
            if (record.review().isEmpty()) {
                assertThat(file.needsReview()).isNull();
            } else {
                assertThat(file.needsReview()).singleElement().satisfies(review -> {
                    assertThat(review.recordId()).isEqualTo(record.id());
                    assertThat(review.notes()).isEqualTo(record.review());
                    assertThat(review.notes()).allSatisfy(note -> assertThat(note.reason()).isNotBlank());
                });
            }
        }
    }

    @Test
    void aBrokenFileIsQuarantinedWithItsBytesAndReason() throws Exception {
        String sha = new ContentHasher().sha256(batchDir.resolve("tep-hong.pdf"));
        assertThat(store.read(ArchiveLayout.quarantinePrefix(sha) + "original"))
                .isEqualTo(Files.readAllBytes(batchDir.resolve("tep-hong.pdf")));
        assertThat(new String(store.read(ArchiveLayout.quarantinePrefix(sha) + "reason.json"), StandardCharsets.UTF_8))
                .contains("DAMAGED").contains("tep-hong.pdf");
    }

    @Test
    void recognizedTextIsCloseToTheGroundTruth() {
        for (FileReport file : archivedFiles()) {
            DigitizedRecord record = archive.find(file.recordId()).orElseThrow();
            String truth = SampleScans.groundTruth(file.file());
            String text = archive.text(record.id());
            assertThat(TextAccuracy.characterErrorRate(truth, text)).as("character error rate of %s", file.file()).isLessThan(MAX_CER);
            assertThat(TextAccuracy.wordF1(truth, text)).as("word F1 of %s", file.file()).isGreaterThan(MIN_WORD_F1);
        }
    }

    @Test
    void recordsAreSearchableWithOrWithoutDiacritics() {
        assertThat(index.search("*", 100).total()).isEqualTo(5);
        String permitId = outcomes.get("giay-phep-xay-dung.tif").recordId();
        assertThat(index.search("giay phep xay dung", 10).hits().get(0).id()).isEqualTo(permitId);
        assertThat(index.search("giấy phép xây dựng", 10).hits().get(0).id()).isEqualTo(permitId);
        SearchResults thongBao = index.search("\"thông báo\"", 10);
        assertThat(thongBao.hits()).extracting(SearchResults.Hit::id).contains(outcomes.get("thong-bao.png").recordId());
    }

    @Test
    void runningTheSameBatchAgainCreatesNothingNew() {
        Map<String, Long> before = recordObjects();

        BatchRun unchanged = service.digitize(batchDir, "samples", false);
        assertThat(unchanged.result()).isEqualTo(BatchRun.Result.ALREADY_COMPLETED);

        BatchRun rerun = service.digitize(batchDir, "samples", true);
        assertThat(rerun.result()).isEqualTo(BatchRun.Result.COMPLETED);
        assertThat(recordObjects()).isEqualTo(before);
        assertThat(withoutTimes(byFile(rerun.report()))).isEqualTo(withoutTimes(outcomes));
        assertThat(index.search("*", 100).total()).isEqualTo(5);
    }

    @Test
    void theReportSaysWhereTheTimeWentAndHowSureTheOcrWas() {
        for (String scanned : List.of("giay-phep-xay-dung.tif", "ho-kinh-doanh.jpg", "thong-bao.png")) {
            assertThat(outcomes.get(scanned).stageMillis()).as(scanned)
                    .containsKeys("decode", "preprocess", "ocr", "pdf", "validate", "sign", "upload", "index")
                    .hasEntrySatisfying("ocr", ms -> assertThat(ms).isPositive());
        }
        // A text layer is taken as it is: no OCR time, but the PDF is still converted and signed.
        assertThat(outcomes.get("cong-van-dien-tu.pdf").stageMillis()).doesNotContainKeys("ocr", "preprocess")
                .containsKeys("pdf", "sign", "upload");

        BatchReport report = firstRun.report();
        for (String stage : report.stageMillis().keySet()) {
            assertThat(report.stageMillis().get(stage)).as(stage).isEqualTo(outcomes.values().stream()
                    .map(FileReport::stageMillis).filter(m -> m != null && m.containsKey(stage)).mapToLong(m -> m.get(stage)).sum());
        }
        List<FileReport> ocred = outcomes.values().stream().filter(f -> f.ocrPages() != null && f.ocrPages() > 0).toList();
        double weighted = ocred.stream().mapToDouble(f -> f.meanConfidence() * f.ocrPages()).sum()
                / ocred.stream().mapToInt(FileReport::ocrPages).sum();
        assertThat(report.meanOcrConfidence()).isCloseTo(weighted, org.assertj.core.data.Offset.offset(1e-9)).isBetween(50.0, 100.0);

        String html = reportHtml.render(report, java.util.Locale.forLanguageTag("vi"));
        assertThat(html).contains("Thời gian theo công đoạn").contains("Nhận dạng chữ (OCR)").contains("Ký số")
                .contains("Độ tin cậy OCR trung bình");
        assertThat(reportHtml.render(report, java.util.Locale.ENGLISH)).contains("Time per stage").contains("Text recognition (OCR)");
    }

    /** Report lines without their stage times, which differ from run to run. */
    private static Map<String, FileReport> withoutTimes(Map<String, FileReport> lines) {
        return lines.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> {
            FileReport f = e.getValue();
            return new FileReport(f.file(), f.outcome(), f.recordId(), f.duplicateOf(), f.reason(), f.reasonCode(), f.detail(),
                    f.pages(), f.ocrPages(), f.meanConfidence(), f.recordIds(), f.needsReview(), null, f.host());
        }));
    }

    private Map<String, Long> recordObjects() {
        return store.list("").filter(o -> !o.key().startsWith("batches/") && !o.key().startsWith("feed/"))
                .collect(Collectors.toMap(ObjectInfo::key, ObjectInfo::size));
    }

    private List<FileReport> archivedFiles() {
        return outcomes.values().stream().filter(f -> f.outcome() == Outcome.ARCHIVED).toList();
    }

    private DigitizedRecord recordOf(String file) {
        return archive.find(outcomes.get(file).recordId()).orElseThrow();
    }

    private static Map<String, FileReport> byFile(BatchReport report) {
        return report.files().stream().collect(Collectors.toMap(FileReport::file, Function.identity()));
    }
}
