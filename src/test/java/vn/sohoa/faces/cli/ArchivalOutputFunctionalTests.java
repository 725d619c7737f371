package vn.sohoa.faces.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.sohoa.SampleScans;
import vn.sohoa.pipeline.pdf.PdfAValidator;
import vn.sohoa.tools.evaluation.TextAccuracy;

/**
 * The archival output of the sample batch end to end, through the command line as {@code ./sohoa}
 * runs it: every archived record has a signed searchable PDF/A-2b that veraPDF accepts, whose text
 * layer gives back the record's text in PDFBox and poppler, and {@code verify} notices tampering.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ArchivalOutputFunctionalTests {

    private static final String ORG_NAME = "Bộ phận Một cửa huyện Thoại Sơn";

    private final JsonMapper json = JsonMapper.builder().build();
    private final Map<String, String> recordIds = new LinkedHashMap<>();
    private Path home;
    private Path batch;

    @TempDir
    Path output;

    @BeforeAll
    void digitizeTheSamples() {
        home = SampleScans.newTempDir("sohoa-archival");
        System.setProperty("sohoa.home", home.toString());
        System.setProperty("sohoa.org-name", ORG_NAME);
        batch = SampleScans.copyTo(SampleScans.newTempDir("archival-batch"));
        CommandRun run = run("run", "digitize", "--batch", batch.toString(), "--name", "archival");
        assertThat(run.code()).as(run.err()).isZero();
        for (JsonNode line : json.readTree(run("batch", "archival", "--json").out()).get("files")) {
            if ("archived".equals(line.get("outcome").asString())) {
                recordIds.put(line.get("file").asString(), line.get("recordId").asString());
            }
        }
        assertThat(recordIds).hasSize(5);
    }

    @AfterAll
    void clearProperties() {
        System.clearProperty("sohoa.home");
        System.clearProperty("sohoa.org-name");
    }

    @Test
    void everyRecordHasASignedSearchablePdfA2bThatVeraPdfAccepts() throws Exception {
        PdfAValidator validator = new PdfAValidator();
        for (Map.Entry<String, String> record : recordIds.entrySet()) {
            byte[] pdf = searchablePdf(record.getValue());
            PdfAValidator.Report report = validator.validate(pdf);
            assertThat(report.compliant()).as("PDF/A-2b of %s: %s", record.getKey(), report.failedRules()).isTrue();
            JsonNode note = json.readTree(run("show", record.getValue(), "--json").out()).get("searchablePdf");
            assertThat(note.get("conformance").asString()).isEqualTo("PDF/A-2b");
            assertThat(note.get("signedBy").asString()).isEqualTo(ORG_NAME);
            try (PDDocument document = Loader.loadPDF(pdf)) {
                List<PDSignature> signatures = document.getSignatureDictionaries();
                assertThat(signatures).hasSize(1);
                assertThat(signatures.get(0).getName()).isEqualTo(ORG_NAME);
                assertThat(signatures.get(0).getSignDate()).isNotNull();
                assertThat(signatures.get(0).getSubFilter()).isEqualTo("ETSI.CAdES.detached");
            }
        }
        Path keystore = home.resolve("signing/signing.p12");
        assertThat(Files.getPosixFilePermissions(keystore)).extracting(Object::toString)
                .containsExactlyInAnyOrder("OWNER_READ", "OWNER_WRITE");
    }

    @Test
    void theTextLayerGivesBackTheRecordsTextInPdfBoxAndPoppler() throws Exception {
        for (Map.Entry<String, String> record : recordIds.entrySet()) {
            String text = text(record.getValue());
            byte[] pdf = searchablePdf(record.getValue());
            String pdfBox;
            try (PDDocument document = Loader.loadPDF(pdf)) {
                pdfBox = new PDFTextStripper().getText(document);
            }
            String poppler = pdftotext(pdf, "-nopgbrk");
            String popplerRaw = pdftotext(pdf, "-raw");
            // In content order (PDFBox, pdftotext -raw): the words, diacritics included, and whole lines come back.
            // Word F1 ignores where an extractor puts the two header columns.
            for (String extracted : List.of(pdfBox, popplerRaw)) {
                assertThat(TextAccuracy.wordF1(text, extracted)).as("words of %s", record.getKey()).isGreaterThan(0.97);
                assertThat(TextAccuracy.characterErrorRate(text, extracted)).as("CER of %s", record.getKey()).isLessThan(0.15);
                assertThat(linesFoundVerbatim(text, extracted)).as("lines of %s", record.getKey()).isGreaterThan(0.85);
            }
            // pdftotext's default layout mode cuts some slanted lines of a skewed page into pieces (the invisible
            // words follow the printed lines, so that selection lands on them): nearly all words still come back.
            assertThat(TextAccuracy.wordF1(text, poppler)).as("words of %s (layout mode)", record.getKey()).isGreaterThan(0.93);
            assertThat(poppler).as(record.getKey()).contains("THOẠI SƠN");
        }
    }

    @Test
    void jpegAndPdfScansGrowByLessThanHalf() throws Exception {
        for (String file : List.of("ho-kinh-doanh.jpg", "quyet-dinh-cap-phep.pdf")) {
            long original = Files.size(batch.resolve(file));
            assertThat((long) searchablePdf(recordIds.get(file)).length).as(file).isLessThanOrEqualTo(original * 3 / 2);
        }
    }

    @Test
    void verifyPassesForAnIntactRecordAndFailsWhenAnObjectOrThePdfIsTamperedWith() throws Exception {
        String notice = recordIds.get("thong-bao.png");
        CommandRun intact = run("verify", notice);
        assertThat(intact.code()).as(intact.out() + intact.err()).isZero();
        assertThat(intact.out()).contains("signed by " + ORG_NAME).contains("Intact.");

        Path text = objectFile(notice, "text.txt");
        Files.writeString(text, Files.readString(text).replace("THÔNG BÁO", "THONG BAO"));
        CommandRun changedText = run("verify", notice);
        assertThat(changedText.code()).isEqualTo(ExitCodes.INTEGRITY_FAILED);
        assertThat(changedText.out()).contains("text").contains("CHANGED");

        String permit = recordIds.get("giay-phep-xay-dung.tif");
        Path pdf = objectFile(permit, "searchable.pdf");
        byte[] bytes = Files.readAllBytes(pdf);
        bytes[bytes.length / 3] ^= 0x01;
        Files.write(pdf, bytes);
        CommandRun changedPdf = run("verify", permit);
        assertThat(changedPdf.code()).isEqualTo(ExitCodes.INTEGRITY_FAILED);
        assertThat(changedPdf.out()).contains("searchablePdf").contains("signature      INVALID");
    }

    @Test
    void evalOcrMeasuresTheGeneratedSetThroughTheJobsStagesAndBareTesseract() throws Exception {
        Path set = output.resolve("eval");
        assertThat(run("generate-eval", set.toString(), "--pages", "3").code()).isZero();
        assertThat(set.resolve("eval-03-household-business-certificate-300.gt.txt")).exists();

        JsonNode pipeline = json.readTree(run("eval-ocr", set.toString(), "--json").out());
        JsonNode raw = json.readTree(run("eval-ocr", set.toString(), "--raw", "--json").out());

        assertThat(pipeline.get("files")).hasSize(3);
        assertThat(raw.get("mode").asString()).isEqualTo("raw");
        // Page 3 is fed sideways: bare Tesseract reads garbage, the pipeline turns it upright first.
        JsonNode sideways = pipeline.get("files").get(2);
        assertThat(sideways.get("rotations").get(0).asInt()).isEqualTo(270);
        double pipelineCer = sideways.get("characterErrorRate").asDouble();
        assertThat(pipelineCer).isLessThan(0.15);
        assertThat(raw.get("files").get(2).get("characterErrorRate").asDouble()).isGreaterThan(3 * pipelineCer);
        assertThat(pipeline.get("meanCharacterErrorRate").asDouble()).isLessThan(raw.get("meanCharacterErrorRate").asDouble());
    }

    /** Share of the text's lines (of 30 characters or more) that the extraction has word for word on one line. */
    private static double linesFoundVerbatim(String text, String extracted) {
        String flat = extracted.replaceAll("\\s+", " ");
        List<String> lines = text.lines().map(l -> l.replaceAll("\\s+", " ").strip()).filter(l -> l.length() >= 30).toList();
        return lines.isEmpty() ? 1 : (double) lines.stream().filter(flat::contains).count() / lines.size();
    }

    /** The embedded S3 server keeps objects as plain files: tampering with storage, as an intruder would. */
    private Path objectFile(String id, String name) {
        return home.resolve("objects/sohoa/records").resolve(id).resolve(name);
    }

    private byte[] searchablePdf(String id) throws IOException {
        Path file = output.resolve(id + ".pdf");
        CommandRun get = run("get", id, "--pdf", "-o", file.toString());
        assertThat(get.code()).as(get.err()).isZero();
        return Files.readAllBytes(file);
    }

    private String text(String id) throws IOException {
        Path file = output.resolve(id + ".txt");
        assertThat(run("get", id, "--text", "-o", file.toString()).code()).isZero();
        return Files.readString(file);
    }

    private String pdftotext(byte[] pdf, String mode) throws Exception {
        Path in = Files.write(output.resolve("extract.pdf"), pdf);
        Path out = output.resolve("extract.txt");
        Process process = new ProcessBuilder("pdftotext", mode, "-enc", "UTF-8", in.toString(), out.toString())
                .redirectErrorStream(true).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).isZero();
        return Files.readString(out);
    }

    private static CommandRun run(String... args) {
        return CommandRun.of(args);
    }
}
