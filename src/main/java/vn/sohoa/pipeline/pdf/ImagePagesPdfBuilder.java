package vn.sohoa.pipeline.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

import vn.sohoa.failure.QuarantineReason;
import vn.sohoa.failure.UnreadableDocumentException;
import vn.sohoa.pipeline.intake.ScanFile;
import vn.sohoa.pipeline.pages.PageContent;
import vn.sohoa.pipeline.text.PageText;

/** A new PDF for an image scan: each page its image at its own resolution, under invisible OCR text. */
final class ImagePagesPdfBuilder implements SearchablePdfBuilder {

    private final ScanFile file;
    private final PageImageEncoder encoder;
    private final SearchablePdfs finisher;
    private final PDDocument document = new PDDocument();
    private final InvisibleTextLayer textLayer;
    private final List<Integer> skipped = new ArrayList<>();

    ImagePagesPdfBuilder(ScanFile file, PdfProperties properties, PageImageEncoder encoder, SearchablePdfs finisher) {
        this.file = file;
        this.encoder = encoder;
        this.finisher = finisher;
        this.textLayer = new InvisibleTextLayer(TextLayerFont.embed(document, properties.textFont()));
    }

    @Override
    public void accept(PageContent page, PageText text) {
        // An image file has image pages only.
        PageContent.Image image = (PageContent.Image) page;
        try {
            PDImageXObject xobject = encodable(image);
            float width = image.image().getWidth() * 72f / image.dpi();
            float height = image.image().getHeight() * 72f / image.dpi();
            PDPage pdfPage = new PDPage(new PDRectangle(width, height));
            document.addPage(pdfPage);
            try (PDPageContentStream content = new PDPageContentStream(document, pdfPage)) {
                content.drawImage(xobject, 0, 0, width, height);
                textLayer.write(content, text.words(), text.processing().textAngle(), PageGeometry.imagePage(height, image.dpi()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot add page " + image.number() + " of " + file.relativePath() + " to its PDF", e);
        }
    }

    /**
     * The page image as a PDF image. A malformed file can decode to a raster the image writers
     * cannot read back (a fuzzed TIFF of the corpus: a one-byte buffer behind a three-band
     * raster); that is the file's fault, so it is quarantined as damaged, not a failure of the batch.
     */
    private PDImageXObject encodable(PageContent.Image image) throws IOException {
        try {
            return encoder.encode(document, file, image);
        } catch (RuntimeException e) {
            throw new UnreadableDocumentException(QuarantineReason.DAMAGED, file.relativePath(), image.number(),
                    "the page image cannot be written into the searchable PDF: " + e, e);
        }
    }

    @Override
    public ArchivalPdf finish() {
        return finisher.finish(document, file.fileName(), null);
    }

    @Override
    public void skipped(int number) {
        skipped.add(number);
    }

    /**
     * Pages {@code firstPage} to {@code lastPage} of the file; a page that could not be read has no
     * PDF page, so the file's page numbers are counted down to PDF positions.
     */
    @Override
    public ArchivalPdf finishPages(int firstPage, int lastPage) {
        int before = (int) skipped.stream().filter(n -> n < firstPage).count();
        int within = (int) skipped.stream().filter(n -> n >= firstPage && n <= lastPage).count();
        return finisher.finishPages(document, file.fileName(), firstPage - before, lastPage - before - within);
    }

    @Override
    public void close() {
        try {
            document.close();
        } catch (IOException e) {
            // An in-memory document: nothing to lose.
        }
    }
}
