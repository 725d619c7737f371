package vn.sohoa.preprocess;

import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;

import vn.sohoa.ocr.OcrEngine;

/**
 * Measures the skew of the text lines and turns the page back. The angle is the one whose
 * horizontal projection of dark pixels is the most peaked (lines of text fall into few rows when
 * they run straight), searched over ±{@code maxAngle} degrees, coarse then fine, on a reduced copy
 * of the page. Pages skewed less than {@code minAngle} are left alone: resampling blurs a little.
 */
final class Deskew implements PreprocessStep {

    private static final int WORKING_WIDTH = 1000;
    private static final int DARK = 140;
    private static final double COARSE_STEP = 0.25;
    private static final double FINE_STEP = 0.05;

    private final double maxAngle;
    private final double minAngle;

    Deskew(double maxAngle, double minAngle) {
        this.maxAngle = maxAngle;
        this.minAngle = minAngle;
    }

    @Override
    public String name() {
        return "deskew";
    }

    @Override
    public PageImage apply(PageImage page, OcrEngine engine) {
        double angle = measure(Images.toGrey(page.image()));
        if (Math.abs(angle) < minAngle) {
            return page;
        }
        BufferedImage image = page.image();
        AffineTransform back = AffineTransform.getRotateInstance(Math.toRadians(-angle), image.getWidth() / 2.0, image.getHeight() / 2.0);
        BufferedImage straight = Images.resample(image, back, image.getWidth(), image.getHeight(),
                RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        return page.transformed(straight, back, 0, angle, 1, name());
    }

    /** The skew of the text lines in degrees, clockwise (y down); 0 when the page has no dark pixels. */
    double measure(BufferedImage grey) {
        int step = Math.max(1, grey.getWidth() / WORKING_WIDTH);
        int width = grey.getWidth() / step;
        int height = grey.getHeight() / step;
        byte[] pixels = Images.pixels(grey);
        int count = 0;
        int[] xs = new int[width * height];
        int[] ys = new int[width * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                if ((pixels[y * step * grey.getWidth() + x * step] & 0xff) < DARK) {
                    xs[count] = x;
                    ys[count] = y;
                    count++;
                }
            }
        }
        if (count == 0) {
            return 0;
        }
        double best = search(xs, ys, count, width, height, -maxAngle, maxAngle, COARSE_STEP);
        return search(xs, ys, count, width, height, best - COARSE_STEP, best + COARSE_STEP, FINE_STEP);
    }

    private static double search(int[] xs, int[] ys, int count, int width, int height, double from, double to, double step) {
        double bestAngle = 0;
        double bestScore = -1;
        for (double angle = from; angle <= to + 1e-9; angle += step) {
            double score = peakedness(xs, ys, count, width, height, angle);
            if (score > bestScore) {
                bestScore = score;
                bestAngle = angle;
            }
        }
        return bestAngle;
    }

    /**
     * Sum of squared row counts after turning the dark pixels back by {@code angle}: largest when
     * text lines are horizontal.
     */
    private static double peakedness(int[] xs, int[] ys, int count, int width, int height, double angle) {
        double tan = Math.tan(Math.toRadians(angle));
        int margin = (int) Math.ceil(Math.abs(tan) * width) + 1;
        int[] rows = new int[height + 2 * margin];
        for (int i = 0; i < count; i++) {
            // A line skewed clockwise by angle rises tan(angle) pixels per pixel to the right: undo that.
            int row = (int) Math.round(ys[i] - xs[i] * tan) + margin;
            if (row >= 0 && row < rows.length) {
                rows[row]++;
            }
        }
        double sum = 0;
        for (int r : rows) {
            sum += (double) r * r;
        }
        return sum;
    }
}
