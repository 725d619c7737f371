package vn.sohoa.pipeline.pdf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The font of the invisible text layer, embedded as a subset into one document. PDF/A wants every
 * font embedded, even invisible ones, and a glyph the font lacks would be drawn as {@code .notdef}
 * (forbidden in PDF/A); such characters are replaced by a question mark in the layer only.
 */
final class TextLayerFont {

    static final String PACKAGE = "fonts-freefont-ttf";
    private static final String REPLACEMENT = "?";

    private final PDType0Font font;
    private final Map<Integer, Boolean> encodable = new HashMap<>();

    private TextLayerFont(PDType0Font font) {
        this.font = font;
    }

    /** @throws ArchivalPdfException naming the Debian package when the font file is missing */
    static TextLayerFont embed(PDDocument document, Path file) {
        if (!Files.isReadable(file)) {
            throw new ArchivalPdfException("The text-layer font " + file + " is not installed: install the Debian package "
                    + PACKAGE + " (sudo apt-get install -y " + PACKAGE + ") or set sohoa.pdf.text-font", null);
        }
        try {
            TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(Files.readAllBytes(file)));
            // No glyph substitution: the layer must map one glyph to one character for text extraction,
            // and PDFBox would otherwise build FreeSerif's ligature matchers again on every showText
            // (a tenth of the Java time spent on a scanned page, measured with JFR).
            ttf.setEnableGsub(false);
            return new TextLayerFont(PDType0Font.load(document, ttf, true));
        } catch (IOException e) {
            throw new ArchivalPdfException("Cannot read the text-layer font " + file + ": " + e.getMessage(), e);
        }
    }

    PDType0Font font() {
        return font;
    }

    /** The text with every character the font cannot draw replaced, and controls dropped. */
    String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT) {
                return;
            }
            out.append(encodable.computeIfAbsent(cp, this::canEncode) ? Character.toString(cp) : REPLACEMENT);
        });
        return out.toString();
    }

    /** Width of the text at size 1, in text-space units. */
    double width(String text) {
        try {
            return font.getStringWidth(text) / 1000.0;
        } catch (IOException e) {
            return 0;
        }
    }

    private boolean canEncode(int codePoint) {
        try {
            font.encode(Character.toString(codePoint));
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }
}
