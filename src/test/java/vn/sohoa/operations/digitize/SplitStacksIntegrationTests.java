package vn.sohoa.operations.digitize;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
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
import vn.sohoa.model.DocumentPart;
import vn.sohoa.model.ObjectName;
import vn.sohoa.model.RecordId;
import vn.sohoa.operations.report.FileReport;
import vn.sohoa.operations.report.Outcome;
import vn.sohoa.pipeline.archive.RecordArchive;
import vn.sohoa.pipeline.archive.RecordVerifier;
import vn.sohoa.pipeline.intake.ContentHasher;
import vn.sohoa.pipeline.pdf.ArchivalPdf;
import vn.sohoa.pipeline.pdf.PdfAValidator;
import vn.sohoa.pipeline.signing.PdfSignatureVerifier;
import vn.sohoa.pipeline.signing.SignatureCheck;
import vn.sohoa.storage.ObjectStore;
import vn.sohoa.tools.samples.FieldEvaluationSetWriter;

/**
 * Splitting end to end: stacks of results scanned into one PDF (one with a separator sheet, one
 * where a new dossier's QR code starts the next result), through the real job: Tesseract, ZXing,
 * the embedded S3 server, H2.
 */
@SpringBootTest(classes = SohoaApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SplitStacksIntegrationTests {

    private static final Path home = SampleScans.newTempDir("sohoa-home");
    private static final String SEPARATED = "900-stack-separator.pdf";
    private static final String DOSSIERS = "901-stack-dossiers.pdf";
    /** Typed in the manifest for the separated stack: not the dossier code its pages print. */
    private static final String MANIFEST_DOSSIER = "000.00.10.H01-240101-0001";

    private final Path batchDir = SampleScans.newTempDir("stacks");

    @Autowired
    DigitizeService service;
    @Autowired
    RecordArchive archive;
    @Autowired
    ObjectStore store;
    @Autowired
    PdfAValidator pdfA;
    @Autowired
    PdfSignatureVerifier signatures;
    @Autowired
    RecordVerifier verifier;

    private Map<String, FileReport> outcomes;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("sohoa.home", () -> home.toString());
    }

    @BeforeAll
    void digitizeTheStacks() throws Exception {
        new FieldEvaluationSetWriter(7).write(batchDir, 0);
        Files.writeString(batchDir.resolve("manifest.csv"), "file,dossierCode\n" + SEPARATED + "," + MANIFEST_DOSSIER + "\n");
        BatchRun run = service.digitize(batchDir, "stacks", false);
        assertThat(run.result()).isEqualTo(BatchRun.Result.COMPLETED);
        outcomes = run.report().files().stream().collect(Collectors.toMap(FileReport::file, Function.identity()));
    }

    @Test
    void aSeparatorSheetEndsOneRecordAndIsNotArchived() {
        FileReport line = outcomes.get(SEPARATED);
        assertThat(line.outcome()).isEqualTo(Outcome.ARCHIVED);
        assertThat(line.recordIds()).hasSize(2);
        List<DigitizedRecord> records = line.recordIds().stream().map(id -> archive.find(id).orElseThrow()).toList();
        assertThat(records).extracting(DigitizedRecord::part)
                .containsExactly(new DocumentPart(1, 1, 4), new DocumentPart(3, 4, 4));
        assertThat(records).extracting(DigitizedRecord::pageCount).containsExactly(1, 2);
        assertThat(records.get(0).fields().get("typeName").value()).isEqualTo("QUYẾT ĐỊNH");
        assertThat(records.get(1).fields().get("typeName").value()).isEqualTo("GIẤY PHÉP XÂY DỰNG");
        assertThat(archive.text(records.get(0).id())).doesNotContain("TRANG PHÂN CÁCH");
        assertThat(archive.text(records.get(1).id())).doesNotContain("TRANG PHÂN CÁCH");
    }

    @Test
    void aNewDossiersQrCodeStartsTheNextRecordAndItsValuesComeFromTheQrCode() {
        List<DigitizedRecord> records = outcomes.get(DOSSIERS).recordIds().stream()
                .map(id -> archive.find(id).orElseThrow()).toList();
        assertThat(records).extracting(DigitizedRecord::part)
                .containsExactly(new DocumentPart(1, 2, 3), new DocumentPart(3, 3, 3));
        for (DigitizedRecord record : records) {
            assertThat(record.fields().get("dossierCode").source()).isEqualTo("qr");
            assertThat(record.fields().get("procedureCode").source()).isEqualTo("qr");
        }
        assertThat(records.get(0).fields().get("dossierCode").value())
                .isNotEqualTo(records.get(1).fields().get("dossierCode").value());
    }

    @Test
    void everyPartHasItsOwnSignedSearchablePdfAWithExactlyItsPagesAndText() throws Exception {
        for (String file : List.of(SEPARATED, DOSSIERS)) {
            List<DigitizedRecord> records = outcomes.get(file).recordIds().stream()
                    .map(id -> archive.find(id).orElseThrow()).toList();
            assertThat(records).as(file).hasSize(2);
            for (int i = 0; i < records.size(); i++) {
                DigitizedRecord record = records.get(i);
                DigitizedRecord other = records.get(1 - i);
                String what = file + " pages " + record.part().firstPage() + "-" + record.part().lastPage();
                assertThat(record.objects()).as(what).containsKey(ObjectName.SEARCHABLE_PDF.key());
                assertThat(record.objects().get(ObjectName.SEARCHABLE_PDF.key()).key())
                        .isEqualTo(ArchiveLayout.searchablePdf(record.id()));
                assertThat(record.searchablePdf().conformance()).as(what).isEqualTo(ArchivalPdf.PDF_A_2B);
                byte[] pdf = store.read(ArchiveLayout.searchablePdf(record.id()));
                assertThat(new ContentHasher().sha256(pdf)).isEqualTo(record.objects().get(ObjectName.SEARCHABLE_PDF.key()).sha256());

                PdfAValidator.Report report = pdfA.validate(pdf);
                assertThat(report.compliant()).as("PDF/A-2b of %s: %s", what, report.failedRules()).isTrue();
                SignatureCheck signature = signatures.verify(pdf);
                assertThat(signature.ok()).as("signature of %s: %s", what, signature.problem()).isTrue();
                assertThat(verifier.verify(record.id()).ok()).as("verify " + what).isTrue();

                String extracted;
                try (PDDocument document = Loader.loadPDF(pdf)) {
                    assertThat(document.getNumberOfPages()).as(what).isEqualTo(record.part().pageCount());
                    extracted = new PDFTextStripper().getText(document);
                }
                // Lines only one of the two parts has: this part's are in its PDF, the other part's are not.
                assertThat(sharedShare(ownLines(archive.text(record.id()), archive.text(other.id())), extracted))
                        .as("own lines in %s", what).isGreaterThan(0.8);
                assertThat(sharedShare(ownLines(archive.text(other.id()), archive.text(record.id())), extracted))
                        .as("other part's lines in %s", what).isZero();
            }
        }
    }

    /** Lines of {@code text} (20 characters or more, whitespace collapsed) that {@code other} does not have. */
    private static List<String> ownLines(String text, String other) {
        String flatOther = other.replaceAll("\\s+", " ");
        List<String> lines = text.lines().map(l -> l.replaceAll("\\s+", " ").strip())
                .filter(l -> l.length() >= 20 && !flatOther.contains(l)).toList();
        assertThat(lines).as("lines to tell the parts apart").isNotEmpty();
        return lines;
    }

    /** Share of {@code lines} that {@code extracted} has word for word. */
    private static double sharedShare(List<String> lines, String extracted) {
        String flat = extracted.replaceAll("\\s+", " ");
        return (double) lines.stream().filter(flat::contains).count() / lines.size();
    }

    @Test
    void aManifestValueWinsAndItsConflictWithTheDocumentIsReportedNotHidden() {
        FileReport line = outcomes.get(SEPARATED);
        DigitizedRecord decision = archive.find(line.recordIds().get(0)).orElseThrow();
        assertThat(decision.fields().get("dossierCode").value()).isEqualTo(MANIFEST_DOSSIER);
        assertThat(decision.fields().get("dossierCode").source()).isEqualTo("manifest");
        assertThat(decision.conflicts()).anySatisfy(conflict -> {
            assertThat(conflict.field()).isEqualTo("dossierCode");
            assertThat(conflict.keptSource()).isEqualTo("manifest");
            assertThat(conflict.otherSource()).isEqualTo("ocr");
            assertThat(conflict.otherValue()).isNotEqualTo(MANIFEST_DOSSIER);
        });
        assertThat(line.needsReview()).anySatisfy(review -> {
            assertThat(review.recordId()).isEqualTo(decision.id());
            assertThat(review.pages()).isEqualTo("1-1");
            assertThat(review.notes()).anySatisfy(note -> {
                assertThat(note.code()).isEqualTo("CONFLICT");
                assertThat(note.field()).isEqualTo("dossierCode");
                assertThat(note.reason()).contains("không khớp").contains(MANIFEST_DOSSIER);
            });
        });
    }

    @Test
    void theOriginalIsKeptOnceAndRecordIdsComeFromItsHashAndThePages() throws Exception {
        String sha = new ContentHasher().sha256(batchDir.resolve(SEPARATED));
        List<String> ids = outcomes.get(SEPARATED).recordIds();
        assertThat(ids).containsExactly(RecordId.forPart(sha, new DocumentPart(1, 1, 4)),
                RecordId.forPart(sha, new DocumentPart(3, 4, 4)));
        assertThat(archive.parts(sha)).contains(ids);
        for (String id : ids) {
            DigitizedRecord record = archive.find(id).orElseThrow();
            assertThat(record.objects().get("original").key()).isEqualTo(ArchiveLayout.sharedOriginal(sha));
            assertThat(store.stat(ArchiveLayout.original(id))).as("no copy per record").isEmpty();
        }
        assertThat(new ContentHasher().sha256(store.read(ArchiveLayout.sharedOriginal(sha)))).isEqualTo(sha);
    }

    @Test
    void digitizingTheStackAgainFindsTheSameRecords() {
        BatchRun again = service.digitize(batchDir, "stacks", true);
        FileReport line = again.report().files().stream().filter(f -> f.file().equals(SEPARATED)).findFirst().orElseThrow();
        assertThat(line.recordIds()).isEqualTo(outcomes.get(SEPARATED).recordIds());
        BatchRun elsewhere = service.digitize(batchDir, "stacks-copy", false);
        FileReport copy = elsewhere.report().files().stream().filter(f -> f.file().equals(SEPARATED)).findFirst().orElseThrow();
        assertThat(copy.outcome()).isEqualTo(Outcome.DUPLICATE);
        assertThat(copy.duplicateOf()).isEqualTo(outcomes.get(SEPARATED).recordIds().get(0));
    }
}
