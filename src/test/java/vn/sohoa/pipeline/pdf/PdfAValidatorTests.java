package vn.sohoa.pipeline.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.junit.jupiter.api.Test;

/**
 * veraPDF's verdicts through {@link PdfAValidator}: a plain PDF fails for the metadata and colour
 * rules PDF/A-2b names, the same page declared by {@link PdfAConformance} passes, and verdicts do
 * not drift when one thread validates file after file (the rule engine's reflection is kept from
 * validation to validation) or when threads validate side by side.
 */
class PdfAValidatorTests {

    private final PdfAValidator validator = new PdfAValidator();

    @Test
    void aPlainPdfFailsForItsMissingMetadata() throws Exception {
        PdfAValidator.Report report = validator.validate(page(false));

        assertThat(report.compliant()).isFalse();
        // 6.6.2.1: the catalog has no XMP metadata stream, which PDF/A identifies itself by.
        assertThat(report.failedRules()).anyMatch(rule -> rule.startsWith("6.6.2.1-"));
    }

    @Test
    void theSamePageDeclaredPdfAPasses() throws Exception {
        PdfAValidator.Report report = validator.validate(page(true));

        assertThat(report.compliant()).as(report.summary()).isTrue();
        assertThat(report.failedRules()).isEmpty();
    }

    @Test
    void verdictsStayTheSameFromFileToFileAndAcrossThreads() throws Exception {
        byte[] plain = page(false);
        byte[] declared = page(true);
        List<String> first = validator.validate(plain).failedRules();

        List<CompletableFuture<List<PdfAValidator.Report>>> threads = IntStream.range(0, 2)
                .mapToObj(t -> CompletableFuture.supplyAsync(() -> IntStream.range(0, 4)
                        .mapToObj(i -> validator.validate(i % 2 == 0 ? plain : declared)).toList()))
                .toList();

        for (CompletableFuture<List<PdfAValidator.Report>> thread : threads) {
            List<PdfAValidator.Report> reports = thread.get();
            for (int i = 0; i < reports.size(); i++) {
                PdfAValidator.Report report = reports.get(i);
                if (i % 2 == 0) {
                    assertThat(report.failedRules()).isEqualTo(first);
                } else {
                    assertThat(report.compliant()).as(report.summary()).isTrue();
                }
            }
        }
        assertThat(validator.validate(plain).failedRules()).isEqualTo(first);
    }

    private static byte[] page(boolean declared) throws Exception {
        try (PDDocument document = new PDDocument()) {
            PDPage blank = new PDPage();
            blank.setResources(new PDResources());
            document.addPage(blank);
            if (declared) {
                PdfAConformance.apply(document, "Quyết định", Instant.parse("2026-11-28T00:00:00Z"));
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }
}
