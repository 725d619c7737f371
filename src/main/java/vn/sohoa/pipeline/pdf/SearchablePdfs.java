package vn.sohoa.pipeline.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.sohoa.pipeline.intake.ScanFile;
import vn.sohoa.pipeline.signing.PadesSigner;
import vn.sohoa.timing.Stage;
import vn.sohoa.timing.StageClock;

/**
 * Starts the searchable PDF of a file, and finishes every one the same way: declare PDF/A-2b,
 * validate with veraPDF, fall back (and say why) when the result does not conform, sign.
 *
 * <ul>
 *   <li>image files (JPEG, PNG, TIFF): a new PDF, one page per image with its invisible OCR text;</li>
 *   <li>PDF files: the original document with an invisible OCR text layer added to its scanned
 *       pages (its page images are kept as they are); a born-digital PDF is only converted.</li>
 * </ul>
 */
@Component
public class SearchablePdfs {

    private static final Logger log = LoggerFactory.getLogger(SearchablePdfs.class);

    private final PdfProperties properties;
    private final PdfAValidator validator;
    private final PadesSigner signer;
    private final Clock clock = Clock.systemUTC();
    private final StageClock stages;

    public SearchablePdfs(PdfProperties properties, PdfAValidator validator, PadesSigner signer, StageClock stages) {
        this.stages = stages;
        this.properties = properties;
        this.validator = validator;
        this.signer = signer;
    }

    /** A builder for the file; pass it to the text reader as its page listener, then finish it. */
    public SearchablePdfBuilder start(ScanFile file) {
        if ("application/pdf".equals(file.mediaType())) {
            return new PdfTextLayerBuilder(file, properties, this);
        }
        return new ImagePagesPdfBuilder(file, properties, new PageImageEncoder(properties.jpegQuality()), this);
    }

    /**
     * Declares, validates and signs a composed document.
     *
     * @param original the bytes to keep instead when the document cannot be made PDF/A; null to keep
     *                 the composed document without the PDF/A claim
     */
    ArchivalPdf finish(PDDocument document, String title, byte[] original) {
        Instant now = clock.instant();
        try {
            long composing = System.nanoTime();
            PdfAConformance.apply(document, title, now);
            byte[] declared = save(document);
            stages.record(Stage.PDF, System.nanoTime() - composing);
            PdfAValidator.Report report = stages.time(Stage.VALIDATE, () -> validator.validate(declared));
            ArchivalPdf pdf;
            if (report.compliant()) {
                pdf = new ArchivalPdf(declared, ArchivalPdf.PDF_A_2B, null, null, null);
            } else {
                log.warn("{}: not PDF/A-2b after conversion ({})", title, report.summary());
                pdf = original != null
                        ? new ArchivalPdf(original, null, "original kept, PDF/A-2b conversion failed: " + report.summary(), null, null)
                        : new ArchivalPdf(withoutPdfAClaim(document), null, "not PDF/A-2b: " + report.summary(), null, null);
            }
            if (!signer.enabled()) {
                return pdf;
            }
            byte[] signed = stages.time(Stage.SIGN, () -> signer.sign(pdf.bytes(), now));
            return pdf.signed(signed, signer.signerName(), secondsOf(now));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot compose the searchable PDF of " + title, e);
        }
    }

    /**
     * Cuts pages {@code firstPage}..{@code lastPage} out of a composed document and finishes them like
     * a whole file. The composed document is saved and read back first: saving writes the subset of
     * the text font that its pages use, which a page moved into another document would lack, and the
     * copy leaves the composed document intact for the next part. Pages removed from the copy are not
     * written (only objects reachable from the kept pages are saved).
     */
    ArchivalPdf finishPages(PDDocument composed, String title, int firstPage, int lastPage) {
        int pages = composed.getNumberOfPages();
        if (firstPage < 1 || lastPage < firstPage || lastPage > pages) {
            throw new IllegalArgumentException("Pages " + firstPage + "-" + lastPage + " of " + title + " with " + pages + " pages");
        }
        try (PDDocument part = Loader.loadPDF(save(composed))) {
            for (int index = pages - 1; index >= 0; index--) {
                if (index + 1 < firstPage || index + 1 > lastPage) {
                    part.removePage(index);
                }
            }
            return finish(part, title + ", pages " + firstPage + "-" + lastPage, null);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot cut pages " + firstPage + "-" + lastPage + " out of " + title, e);
        }
    }

    private static byte[] withoutPdfAClaim(PDDocument document) throws IOException {
        document.getDocumentCatalog().setMetadata(null);
        return save(document);
    }

    private static byte[] save(PDDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.save(out);
        return out.toByteArray();
    }

    private static Instant secondsOf(Instant time) {
        return Instant.ofEpochSecond(time.getEpochSecond());
    }
}
