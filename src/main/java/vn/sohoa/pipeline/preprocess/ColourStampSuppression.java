package vn.sohoa.pipeline.preprocess;

import java.awt.image.BufferedImage;

import vn.sohoa.pipeline.ocr.OcrEngine;
import vn.sohoa.pipeline.pages.RgbRows;

/**
 * Fades red seals and coloured stamps out of a colour page before OCR, keeping black text, also
 * where the text runs under the seal. Each pixel becomes the brightest of its three channels:
 * black ink is dark in every channel and stays dark; seal red (or stamp blue, violet) is bright in
 * at least one channel and turns pale; black text under red ink stays darker than the seal
 * around it. Pages with hardly any coloured pixel are left alone (a grey scan in an RGB file).
 */
final class ColourStampSuppression implements PreprocessStep {

    /** Channel spread that makes a pixel "coloured". */
    private static final int SATURATION = 60;
    /** Coloured pixels (per ten thousand) from which a page counts as carrying a stamp. */
    private static final int MIN_COLOURED_PER_10K = 20;

    @Override
    public String name() {
        return "stamp-suppression";
    }

    @Override
    public PageImage apply(PageImage page, OcrEngine engine) {
        BufferedImage image = page.image();
        if (Images.isGrey(image) || image.getColorModel().getPixelSize() == 1) {
            return page;
        }
        int width = image.getWidth();
        int height = image.getHeight();
        BufferedImage grey = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        byte[] out = Images.pixels(grey);
        int[] row = new int[width];
        RgbRows rows = RgbRows.of(image);
        long coloured = 0;
        for (int y = 0; y < height; y++) {
            rows.read(y, row);
            for (int x = 0; x < width; x++) {
                int r = row[x] >> 16 & 0xff;
                int g = row[x] >> 8 & 0xff;
                int b = row[x] & 0xff;
                int max = Math.max(r, Math.max(g, b));
                if (max - Math.min(r, Math.min(g, b)) > SATURATION) {
                    coloured++;
                }
                out[y * width + x] = (byte) max;
            }
        }
        if (coloured * 10_000 < (long) MIN_COLOURED_PER_10K * width * height) {
            return page;
        }
        return page.withPixels(grey, name());
    }
}
