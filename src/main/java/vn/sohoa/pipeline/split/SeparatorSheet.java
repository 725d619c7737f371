package vn.sohoa.pipeline.split;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.oned.Code128Writer;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * The separator sheet records staff put between results when they scan a stack in one go: a large
 * QR code reading {@code SOHOA-SEPARATOR} in the middle, a Code 128 barcode reading {@code PATCHT}
 * for scanners that split on patch codes themselves, and a line telling people what it is. Large
 * codes with high error correction survive a poor copy of a copy.
 */
public final class SeparatorSheet {

    private static final double A4_WIDTH_INCH = 8.27;
    private static final double A4_HEIGHT_INCH = 11.69;
    private static final String TITLE = "TRANG PHÂN CÁCH";
    private static final String NOTE = "Đặt trang này giữa hai kết quả khi quét. Trang này không được lưu trữ.";

    private final Font font;

    /** A sheet whose text is set in {@code font} (a face with Vietnamese letters; scaled as needed). */
    public SeparatorSheet(Font font) {
        this.font = font;
    }

    /** The sheet as an A4 page image at {@code dpi}, as a scanner would see it. */
    public BufferedImage render(int dpi) {
        int width = (int) Math.round(A4_WIDTH_INCH * dpi);
        int height = (int) Math.round(A4_HEIGHT_INCH * dpi);
        BufferedImage page = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = page.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            int qrSize = (int) (width * 0.5);
            g.drawImage(MatrixToImageWriter.toBufferedImage(qr(qrSize)), (width - qrSize) / 2, height / 4, null);
            BitMatrix bars = barcode((int) (width * 0.6), dpi / 2);
            g.drawImage(MatrixToImageWriter.toBufferedImage(bars), (int) (width * 0.2), height / 4 + qrSize + dpi / 3, null);
            g.setColor(Color.BLACK);
            centered(g, TITLE, font.deriveFont(Font.BOLD, dpi / 3f), width, height / 6);
            centered(g, NOTE, font.deriveFont(Font.PLAIN, dpi / 7f), width, height / 4 + qrSize + dpi / 3 + dpi);
        } finally {
            g.dispose();
        }
        return page;
    }

    /** Writes the sheet as a one-page PDF to print. */
    public void writePdf(Path out) throws IOException {
        int dpi = 200;
        BufferedImage image = render(dpi);
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            PDImageXObject xobject = LosslessFactory.createFromImage(document, image);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.drawImage(xobject, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
            }
            document.getDocumentInformation().setTitle("Sohoa separator sheet / " + TITLE);
            document.save(out.toFile());
        }
    }

    private static BitMatrix qr(int size) {
        Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
        hints.put(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.H);
        hints.put(EncodeHintType.MARGIN, 2);
        try {
            return new QRCodeWriter().encode(DocumentSplitter.SEPARATOR_PAYLOAD, BarcodeFormat.QR_CODE, size, size, hints);
        } catch (WriterException e) {
            throw new IllegalStateException("A fixed short payload always fits a QR code", e);
        }
    }

    private static BitMatrix barcode(int width, int height) {
        return new Code128Writer().encode("PATCHT", BarcodeFormat.CODE_128, width, height);
    }

    private static void centered(Graphics2D g, String text, Font font, int width, int baseline) {
        g.setFont(font);
        int textWidth = g.getFontMetrics().stringWidth(text);
        g.drawString(text, (width - textWidth) / 2, baseline);
    }
}
