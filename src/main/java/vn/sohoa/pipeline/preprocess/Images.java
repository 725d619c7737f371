package vn.sohoa.pipeline.preprocess;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;

import vn.sohoa.pipeline.pages.RgbRows;

/** Pixel plumbing shared by the steps: 8-bit grey copies and resampling onto a white page. */
final class Images {

    private Images() {
    }

    static boolean isGrey(BufferedImage image) {
        return image.getType() == BufferedImage.TYPE_BYTE_GRAY;
    }

    /** 8-bit grey by luma (Rec. 601), computed by hand: Java2D's conversion goes through linear grey and darkens. */
    static BufferedImage toGrey(BufferedImage image) {
        if (isGrey(image)) {
            return image;
        }
        if (image.getColorModel().getPixelSize() == 1) {
            BufferedImage grey = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
            grey.getGraphics().drawImage(image, 0, 0, null);
            return grey;
        }
        return RgbRows.sampledGrey(image, 1);
    }

    static byte[] pixels(BufferedImage grey) {
        return ((DataBufferByte) grey.getRaster().getDataBuffer()).getData();
    }

    /** Draws {@code image} through {@code transform} onto a white page of the given size. */
    static BufferedImage resample(BufferedImage image, AffineTransform transform, int width, int height, Object interpolation) {
        BufferedImage out = new BufferedImage(width, height, isGrey(image) ? BufferedImage.TYPE_BYTE_GRAY : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, interpolation);
            g.drawImage(image, transform, null);
        } finally {
            g.dispose();
        }
        return out;
    }
}
