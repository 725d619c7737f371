package vn.sohoa.tools.samples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Calendar;
import java.util.EnumMap;
import java.util.Map;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import vn.sohoa.tools.samples.FontSet.Face;

/**
 * Writes a document as a born-digital PDF, the way an office suite exports it: real text in an embedded
 * TrueType subset, so that every Vietnamese letter can be extracted, laid out like the scanned samples.
 */
public final class BornDigitalPdfWriter {

    private final FontSet fonts;
    private final PageLayout layout;
    private final PdfDocumentInfo info;
    private final Map<Face, byte[]> fontFiles = new EnumMap<>(Face.class);

    /** A writer embedding the given fonts; its PDFs carry the given creation date. */
    public BornDigitalPdfWriter(FontSet fonts, Calendar pdfDate) {
        this.fonts = fonts;
        this.layout = new PageLayout(fonts);
        this.info = new PdfDocumentInfo(pdfDate);
    }

    /** Writes the document, one PDF page per laid-out page. */
    public void write(ResultDocument doc, Path out) throws IOException {
        try (PDDocument document = new PDDocument()) {
            Map<Face, PDType0Font> embedded = new EnumMap<>(Face.class);
            for (Face face : Face.values()) {
                embedded.put(face, PDType0Font.load(document, font(face), true));
            }
            for (PageLayout.Page page : layout.layOut(doc)) {
                writePage(document, page, embedded);
            }
            info.apply(document, title(doc));
            document.save(out.toFile());
        }
    }

    /**
     * A fresh parse of the face (a subset is cut per document) from bytes read once, without glyph
     * substitution: Vietnamese letters are precomposed in FreeSerif, and PDFBox would otherwise
     * compile the font's Indic ligature matchers again on every line, most of the time of writing a
     * benchmark's hundreds of documents.
     */
    private TrueTypeFont font(Face face) throws IOException {
        byte[] bytes = fontFiles.get(face);
        if (bytes == null) {
            bytes = Files.readAllBytes(fonts.file(face));
            fontFiles.put(face, bytes);
        }
        TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(bytes));
        ttf.setEnableGsub(false);
        return ttf;
    }

    private static String title(ResultDocument doc) {
        String type = doc.hasTypeName() ? doc.typeName() : "Công văn";
        return type + " " + doc.numberLine() + " " + String.join(" ", doc.subjectLines());
    }

    /** Layout y runs down from the top; PDF y runs up from the bottom. */
    private static void writePage(PDDocument document, PageLayout.Page page, Map<Face, PDType0Font> embedded)
            throws IOException {
        PDPage pdfPage = new PDPage(new PDRectangle(PageLayout.PAGE_WIDTH, PageLayout.PAGE_HEIGHT));
        document.addPage(pdfPage);
        try (PDPageContentStream content = new PDPageContentStream(document, pdfPage)) {
            for (PageLayout.Text text : page.texts()) {
                content.beginText();
                content.setFont(embedded.get(text.face()), text.size());
                content.newLineAtOffset(text.x(), PageLayout.PAGE_HEIGHT - text.baseline());
                content.showText(text.text());
                content.endText();
            }
            for (PageLayout.Rule rule : page.rules()) {
                content.addRect(rule.x(), PageLayout.PAGE_HEIGHT - rule.y() - rule.thickness() / 2,
                        rule.width(), rule.thickness());
            }
            if (!page.rules().isEmpty()) {
                content.fill();
            }
        }
    }
}
