package vn.sohoa.pipeline.pages;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;

/**
 * A decoded page image in one of the few layouts the later stages are written for: 8-bit grey,
 * 8-bit BGR, packed RGB or one bit per pixel. Decoders hand back whatever the file holds (an
 * alpha channel, 16-bit samples, a colour palette, CMYK); that is converted here, for OCR and the
 * searchable PDF only: the archived original keeps its bytes as they were.
 */
final class PageRaster {

    private PageRaster() {
    }

    /** {@code image} itself when it is plain already, else a plain copy (transparency over white paper). */
    static BufferedImage plain(BufferedImage image) {
        switch (image.getType()) {
            case BufferedImage.TYPE_BYTE_GRAY, BufferedImage.TYPE_3BYTE_BGR, BufferedImage.TYPE_INT_RGB:
                return image;
            case BufferedImage.TYPE_BYTE_BINARY:
                if (image.getColorModel().getPixelSize() == 1) {
                    return image;
                }
                break;
            default:
                break;
        }
        boolean grey = image.getColorModel().getColorSpace().getType() == ColorSpace.TYPE_GRAY
                && image.getColorModel().getNumColorComponents() == 1;
        BufferedImage plain = new BufferedImage(image.getWidth(), image.getHeight(),
                grey ? BufferedImage.TYPE_BYTE_GRAY : BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = plain.createGraphics();
        try {
            // A transparent scan is paper where nothing was drawn: black behind it would hide the text.
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        return plain;
    }
}
