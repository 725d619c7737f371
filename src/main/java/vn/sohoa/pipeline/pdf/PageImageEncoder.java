package vn.sohoa.pipeline.pdf;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.IOException;
import java.nio.file.Files;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.CCITTFactory;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

import vn.sohoa.pipeline.intake.ScanFile;
import vn.sohoa.pipeline.pages.PageContent;

/**
 * Puts a scanned page image into a PDF at its own resolution, as small as it sensibly gets:
 * a JPEG scan's own stream as it is (no second lossy pass, no growth), a Group 4 TIFF page's own
 * CCITT data, other bilevel pages as CCITT Group 4, greyscale and colour pages as JPEG.
 */
final class PageImageEncoder {

    private static final int CMYK = 4;

    private final float jpegQuality;

    PageImageEncoder(float jpegQuality) {
        this.jpegQuality = jpegQuality;
    }

    PDImageXObject encode(PDDocument document, ScanFile file, PageContent.Image page) throws IOException {
        if ("image/jpeg".equals(file.mediaType())) {
            PDImageXObject original = JPEGFactory.createFromByteArray(document, Files.readAllBytes(file.path()));
            // CMYK has no place under the sRGB output intent: only that case is re-encoded.
            if (original.getColorSpace().getNumberOfComponents() != CMYK) {
                return original;
            }
        }
        if ("image/tiff".equals(file.mediaType())) {
            PDImageXObject ccitt = ccittPage(document, file, page.number());
            if (ccitt != null) {
                return ccitt;
            }
        }
        BufferedImage image = page.image();
        if (isBilevel(image)) {
            return Group4Encoder.encode(document, toBinary(image));
        }
        return JPEGFactory.createFromImage(document, image, jpegQuality, page.dpi());
    }

    /** The page's CCITT data copied out of the TIFF, or null when the page is compressed otherwise. */
    private static PDImageXObject ccittPage(PDDocument document, ScanFile file, int number) {
        try {
            return CCITTFactory.createFromFile(document, file.path().toFile(), number - 1);
        } catch (IOException | RuntimeException notCcitt) {
            return null;
        }
    }

    /** One bit per pixel, or 8-bit grey holding only black and white (a bilevel page saved as grey). */
    static boolean isBilevel(BufferedImage image) {
        if (image.getColorModel().getPixelSize() == 1) {
            return true;
        }
        if (image.getType() != BufferedImage.TYPE_BYTE_GRAY || !(image.getRaster().getDataBuffer() instanceof DataBufferByte)) {
            return false;
        }
        for (byte value : ((DataBufferByte) image.getRaster().getDataBuffer()).getData()) {
            if (value != 0 && value != (byte) 0xff) {
                return false;
            }
        }
        return true;
    }

    private static BufferedImage toBinary(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_BYTE_BINARY) {
            return image;
        }
        BufferedImage binary = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_BINARY);
        binary.getGraphics().drawImage(image, 0, 0, null);
        return binary;
    }
}
