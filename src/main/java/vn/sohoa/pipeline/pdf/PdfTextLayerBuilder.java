package vn.sohoa.pipeline.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

import vn.sohoa.failure.QuarantineReason;
import vn.sohoa.failure.UnreadableDocumentException;
import vn.sohoa.pipeline.intake.ScanFile;
import vn.sohoa.pipeline.pages.PageContent;
import vn.sohoa.pipeline.text.PageText;

/**
 * The PDF scan itself, with an invisible text layer appended to each OCRed page: its page image
 * streams are kept byte for byte. A born-digital PDF (no OCRed page) is only converted, and kept
 * as it came when the conversion does not give PDF/A.
 */
final class PdfTextLayerBuilder implements SearchablePdfBuilder {

    private final ScanFile file;
    private final PdfProperties properties;
    private final SearchablePdfs finisher;
    /** Opened on the first page, after the reader has parsed the file: a damaged PDF never gets here. */
    private PDDocument document;
    private InvisibleTextLayer textLayer;
    private boolean ocred;

    PdfTextLayerBuilder(ScanFile file, PdfProperties properties, SearchablePdfs finisher) {
        this.file = file;
        this.properties = properties;
        this.finisher = finisher;
    }

    private PDDocument document() {
        if (document == null) {
            try {
                document = Loader.loadPDF(file.path().toFile());
            } catch (IOException e) {
                throw new UnreadableDocumentException(QuarantineReason.DAMAGED, file.relativePath(), 0,
                        "PDF cannot be parsed for its searchable copy: " + e.getMessage(), e);
            }
        }
        return document;
    }

    @Override
    public void accept(PageContent page, PageText text) {
        if (!text.ocr()) {
            return;
        }
        ocred = true;
        PDDocument document = document();
        PDPage pdfPage = document.getPage(page.number() - 1);
        // Wrapped in q/Q: whatever graphics state the scanner's content leaves must not move the words.
        try (PDPageContentStream content = new PDPageContentStream(document, pdfPage, AppendMode.APPEND, true, true)) {
            textLayer().write(content, text.words(), text.processing().textAngle(), PageGeometry.renderedPage(pdfPage, text.dpi()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot add the text of page " + page.number() + " of " + file.relativePath(), e);
        }
    }

    private InvisibleTextLayer textLayer() {
        if (textLayer == null) {
            textLayer = new InvisibleTextLayer(TextLayerFont.embed(document(), properties.textFont()));
        }
        return textLayer;
    }

    @Override
    public ArchivalPdf finish() {
        try {
            return finisher.finish(document(), file.fileName(), ocred ? null : Files.readAllBytes(file.path()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file.relativePath(), e);
        }
    }

    /** A part is only ever cut from the composed document: the original file is the whole stack, not the part. */
    @Override
    public ArchivalPdf finishPages(int firstPage, int lastPage) {
        return finisher.finishPages(document(), file.fileName(), firstPage, lastPage);
    }

    @Override
    public void close() {
        try {
            if (document != null) {
                document.close();
            }
        } catch (IOException e) {
            // Opened for reading: nothing to lose.
        }
    }
}
