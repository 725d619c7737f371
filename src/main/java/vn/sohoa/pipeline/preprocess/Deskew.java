package vn.sohoa.pipeline.preprocess;

import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;

import vn.sohoa.pipeline.ocr.OcrEngine;
import vn.sohoa.pipeline.pages.RgbRows;

/**
 * Measures the skew of the text lines and turns the page back. The angle is the one whose
 * horizontal projection of dark pixels is the most peaked (lines of text fall into few rows when
 * they run straight), searched over ±{@code maxAngle} degrees, coarse then fine, on a reduced copy
 * of the page. Pages skewed less than {@code minAngle} are left alone: resampling blurs a little.
 *
 * <p>A bilevel page (a CCITT fax TIFF) loses more: turning one-bit strokes either gives them grey
 * fringes (bilinear) or steps (nearest neighbour), and on the evaluation set both made pages skewed
 * less than 2° read worse than Tesseract reads them unturned (its line finding follows small
 * skews). Bilevel pages are therefore turned only from {@code bilevelMinAngle}, and with nearest
 * neighbour, which kept their marks better than bilinear (measured in docs/archival-output-and-ocr.md).
 */
final class Deskew implements PreprocessStep {

    private static final int WORKING_WIDTH = 1000;
    private static final int DARK = 140;
    private static final double COARSE_STEP = 0.25;
    private static final double FINE_STEP = 0.05;
    private static final int COARSE_SAMPLE = 4;

    private final double maxAngle;
    private final double minAngle;
    private final double bilevelMinAngle;

    Deskew(double maxAngle, double minAngle, double bilevelMinAngle) {
        this.maxAngle = maxAngle;
        this.minAngle = minAngle;
        this.bilevelMinAngle = bilevelMinAngle;
    }

    @Override
    public String name() {
        return "deskew";
    }

    @Override
    public PageImage apply(PageImage page, OcrEngine engine) {
        double angle = measure(page.image());
        BufferedImage image = page.image();
        if (Math.abs(angle) < (bilevel(image) ? bilevelMinAngle : minAngle)) {
            return page;
        }
        AffineTransform back = AffineTransform.getRotateInstance(Math.toRadians(-angle), image.getWidth() / 2.0, image.getHeight() / 2.0);
        BufferedImage straight = Images.resample(image, back, image.getWidth(), image.getHeight(), interpolation(image));
        return page.transformed(straight, back, 0, angle, 1, name());
    }

    /**
     * Bilinear for grey and colour pages; nearest neighbour for bilevel ones, whose strokes got grey
     * fringes from bilinear on which Tesseract's English model took over whole Vietnamese lines.
     */
    private static Object interpolation(BufferedImage image) {
        return bilevel(image) ? RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR : RenderingHints.VALUE_INTERPOLATION_BILINEAR;
    }

    private static boolean bilevel(BufferedImage image) {
        return image.getColorModel().getPixelSize() == 1;
    }

    /**
     * The skew of the text lines in degrees, clockwise (y down); 0 when the page has no dark pixels.
     * Measured on a grey copy reduced to about {@value #WORKING_WIDTH} pixels wide, converting only
     * the pixels kept.
     */
    double measure(BufferedImage image) {
        BufferedImage grey = RgbRows.sampledGrey(image, Math.max(1, image.getWidth() / WORKING_WIDTH));
        int width = grey.getWidth();
        int height = grey.getHeight();
        byte[] pixels = Images.pixels(grey);
        int count = 0;
        int[] xs = new int[width * height];
        int[] ys = new int[width * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                if ((pixels[y * width + x] & 0xff) < DARK) {
                    xs[count] = x;
                    ys[count] = y;
                    count++;
                }
            }
        }
        if (count == 0) {
            return 0;
        }
        // The coarse sweep only has to land within a step of the answer: every fourth dark pixel is
        // plenty for that, and the sweep tries four times as many angles as the fine one, which uses all.
        int coarseCount = (count + COARSE_SAMPLE - 1) / COARSE_SAMPLE;
        int[] coarseXs = new int[coarseCount];
        int[] coarseYs = new int[coarseCount];
        for (int i = 0; i < coarseCount; i++) {
            coarseXs[i] = xs[i * COARSE_SAMPLE];
            coarseYs[i] = ys[i * COARSE_SAMPLE];
        }
        double best = search(coarseXs, coarseYs, coarseCount, width, height, -maxAngle, maxAngle, COARSE_STEP);
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
