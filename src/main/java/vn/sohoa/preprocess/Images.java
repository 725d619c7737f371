package vn.sohoa.preprocess;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;

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
        BufferedImage grey = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        byte[] out = pixels(grey);
        int width = image.getWidth();
        int[] row = new int[width];
        for (int y = 0; y < image.getHeight(); y++) {
            image.getRGB(0, y, width, 1, row, 0, width);
            for (int x = 0; x < width; x++) {
                int rgb = row[x];
                out[y * width + x] = (byte) ((299 * (rgb >> 16 & 0xff) + 587 * (rgb >> 8 & 0xff) + 114 * (rgb & 0xff)) / 1000);
            }
        }
        return grey;
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
