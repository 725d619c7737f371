package vn.sohoa.pipeline.pages;

import java.awt.image.BufferedImage;
import java.awt.image.ComponentColorModel;
import java.awt.image.ComponentSampleModel;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;
import java.awt.image.DirectColorModel;
import java.awt.image.IndexColorModel;
import java.awt.image.MultiPixelPackedSampleModel;
import java.awt.image.PixelInterleavedSampleModel;
import java.awt.image.Raster;
import java.awt.image.SinglePixelPackedSampleModel;

/** Reads the rows of a page image as packed sRGB ({@code 0xRRGGBB}), for the stages that look at pixels. */
@FunctionalInterface
public interface RgbRows {

    /** Fills {@code row} (at least the image's width long) with row {@code y}. */
    void read(int y, int[] row);

    /** 8-bit luma (Rec. 601) of a packed sRGB pixel. */
    static int luma(int rgb) {
        return (299 * (rgb >> 16 & 0xff) + 587 * (rgb >> 8 & 0xff) + 114 * (rgb & 0xff)) / 1000;
    }

    /**
     * A row reader that takes the bytes straight from the rasters decoders produce (JPEG's
     * three-byte BGR, PDFBox's packed ints, one-bit fax pages). {@code getRGB} gives the same values
     * through the colour model pixel by pixel, about ten times slower: a quarter of a second per
     * colour page, measured with JFR; it stays the answer for every other layout.
     */
    static RgbRows of(BufferedImage image) {
        Raster raster = image.getRaster();
        int width = image.getWidth();
        boolean untranslated = raster.getSampleModelTranslateX() == 0 && raster.getSampleModelTranslateY() == 0;
        if (untranslated && image.getColorModel() instanceof ComponentColorModel colours && colours.getColorSpace().isCS_sRGB()
                && colours.getNumComponents() >= 3 && colours.getComponentSize(0) == 8
                && raster.getSampleModel() instanceof PixelInterleavedSampleModel model && raster.getDataBuffer() instanceof DataBufferByte buffer
                && buffer.getNumBanks() == 1) {
            byte[] data = buffer.getData();
            int offset = buffer.getOffset();
            int stride = model.getScanlineStride();
            int step = model.getPixelStride();
            int[] bands = model.getBandOffsets();
            int r = bands[0];
            int g = bands[1];
            int b = bands[2];
            return (y, row) -> {
                int at = offset + y * stride;
                for (int x = 0; x < width; x++, at += step) {
                    row[x] = (data[at + r] & 0xff) << 16 | (data[at + g] & 0xff) << 8 | data[at + b] & 0xff;
                }
            };
        }
        if (untranslated && image.getColorModel() instanceof DirectColorModel colours && colours.getColorSpace().isCS_sRGB()
                && colours.getRedMask() == 0xff0000 && colours.getGreenMask() == 0xff00 && colours.getBlueMask() == 0xff
                && raster.getSampleModel() instanceof SinglePixelPackedSampleModel model && raster.getDataBuffer() instanceof DataBufferInt buffer
                && buffer.getNumBanks() == 1) {
            int[] data = buffer.getData();
            int offset = buffer.getOffset();
            int stride = model.getScanlineStride();
            return (y, row) -> {
                int at = offset + y * stride;
                for (int x = 0; x < width; x++) {
                    row[x] = data[at + x] & 0xffffff;
                }
            };
        }
        if (untranslated && image.getColorModel() instanceof IndexColorModel colours && colours.getPixelSize() == 1
                && raster.getSampleModel() instanceof MultiPixelPackedSampleModel model && model.getDataBitOffset() == 0
                && raster.getDataBuffer() instanceof DataBufferByte buffer && buffer.getNumBanks() == 1) {
            byte[] data = buffer.getData();
            int offset = buffer.getOffset();
            int stride = model.getScanlineStride();
            int zero = colours.getRGB(0) & 0xffffff;
            int one = colours.getRGB(1) & 0xffffff;
            return (y, row) -> {
                int at = offset + y * stride;
                for (int x = 0; x < width; x++) {
                    row[x] = (data[at + (x >> 3)] >> (7 - (x & 7)) & 1) == 0 ? zero : one;
                }
            };
        }
        return (y, row) -> {
            image.getRGB(0, y, width, 1, row, 0, width);
            for (int x = 0; x < width; x++) {
                row[x] &= 0xffffff;
            }
        };
    }

    /**
     * Every {@code step}-th pixel of every {@code step}-th row as 8-bit luma ({@code step} 1: a whole
     * grey copy): a grey page's own values, any other page's through {@link #of}. A reduced copy
     * serves measurements that look at a page coarsely, without converting the pixels they skip.
     */
    static BufferedImage sampledGrey(BufferedImage image, int step) {
        int width = image.getWidth() / step;
        int height = image.getHeight() / step;
        BufferedImage grey = new BufferedImage(Math.max(1, width), Math.max(1, height), BufferedImage.TYPE_BYTE_GRAY);
        byte[] out = ((DataBufferByte) grey.getRaster().getDataBuffer()).getData();
        Raster raster = image.getRaster();
        if (image.getType() == BufferedImage.TYPE_BYTE_GRAY && raster.getDataBuffer() instanceof DataBufferByte buffer && buffer.getOffset() == 0
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
        RgbRows rows = of(image);
        int[] row = new int[image.getWidth()];
        for (int y = 0; y < height; y++) {
            rows.read(y * step, row);
            for (int x = 0; x < width; x++) {
                out[y * width + x] = (byte) luma(row[x * step]);
            }
        }
        return grey;
    }
}
