package vn.sohoa.pipeline.preprocess;

import java.awt.image.BufferedImage;

import vn.sohoa.pipeline.ocr.OcrEngine;

/**
 * Sauvola binarization: each pixel against a threshold from the mean and deviation of its
 * neighbourhood (integral images, so the window size costs nothing), which copes with uneven
 * paper tone, shadows and pale ink better than one global threshold.
 */
final class AdaptiveBinarization implements PreprocessStep {

    private static final double K = 0.2;
    private static final double R = 128;

    private final int windowAt300Dpi;

    AdaptiveBinarization(int windowAt300Dpi) {
        this.windowAt300Dpi = windowAt300Dpi;
    }

    @Override
    public String name() {
        return "binarize";
    }

    @Override
    public PageImage apply(PageImage page, OcrEngine engine) {
        BufferedImage grey = Images.toGrey(page.image());
        int width = grey.getWidth();
        int height = grey.getHeight();
        byte[] in = Images.pixels(grey);
        long[] sum = new long[(width + 1) * (height + 1)];
        long[] squares = new long[(width + 1) * (height + 1)];
        for (int y = 0; y < height; y++) {
            long rowSum = 0;
            long rowSquares = 0;
            for (int x = 0; x < width; x++) {
                int v = in[y * width + x] & 0xff;
                rowSum += v;
                rowSquares += (long) v * v;
                int i = (y + 1) * (width + 1) + x + 1;
                sum[i] = sum[i - width - 1] + rowSum;
                squares[i] = squares[i - width - 1] + rowSquares;
            }
        }
        int half = Math.max(4, windowAt300Dpi * page.dpi() / 300 / 2);
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        byte[] bits = Images.pixels(out);
        for (int y = 0; y < height; y++) {
            int y0 = Math.max(0, y - half);
            int y1 = Math.min(height, y + half + 1);
            for (int x = 0; x < width; x++) {
                int x0 = Math.max(0, x - half);
                int x1 = Math.min(width, x + half + 1);
                double n = (double) (x1 - x0) * (y1 - y0);
                double s = sum[y1 * (width + 1) + x1] - sum[y0 * (width + 1) + x1] - sum[y1 * (width + 1) + x0] + sum[y0 * (width + 1) + x0];
                double q = squares[y1 * (width + 1) + x1] - squares[y0 * (width + 1) + x1] - squares[y1 * (width + 1) + x0]
                        + squares[y0 * (width + 1) + x0];
                double mean = s / n;
                double deviation = Math.sqrt(Math.max(0, q / n - mean * mean));
                double threshold = mean * (1 + K * (deviation / R - 1));
                bits[y * width + x] = (in[y * width + x] & 0xff) <= threshold ? 0 : (byte) 0xff;
            }
        }
        return page.withPixels(out, name());
    }
}
