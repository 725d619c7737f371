package vn.sohoa.preprocess;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.ComponentSampleModel;
import java.awt.image.DataBufferByte;
import java.awt.image.Raster;

import vn.sohoa.pages.RgbRows;

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
        return sampledGrey(image, 1);
    }

    /**
     * Every {@code step}-th pixel of every {@code step}-th row as 8-bit luma: a reduced grey copy
     * for measurements that look at a page coarsely, without converting the pixels they skip.
     */
    static BufferedImage sampledGrey(BufferedImage image, int step) {
        int width = image.getWidth() / step;
        int height = image.getHeight() / step;
        BufferedImage grey = new BufferedImage(Math.max(1, width), Math.max(1, height), BufferedImage.TYPE_BYTE_GRAY);
        byte[] out = pixels(grey);
        Raster raster = image.getRaster();
        if (isGrey(image) && raster.getDataBuffer() instanceof DataBufferByte buffer && buffer.getOffset() == 0
                && raster.getSampleModel() instanceof ComponentSampleModel model
                && raster.getSampleModelTranslateX() == 0 && raster.getSampleModelTranslateY() == 0) {
            byte[] in = buffer.getData();
            int stride = model.getScanlineStride();
            for (int y = 0; y < height; y++) {
                for (int x = 0; x < width; x++) {
                    out[y * width + x] = in[y * step * stride + x * step];
                }
            }
            return grey;
        }
        RgbRows rows = RgbRows.of(image);
        int[] row = new int[image.getWidth()];
        for (int y = 0; y < height; y++) {
            rows.read(y * step, row);
            for (int x = 0; x < width; x++) {
                out[y * width + x] = (byte) RgbRows.luma(row[x * step]);
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
