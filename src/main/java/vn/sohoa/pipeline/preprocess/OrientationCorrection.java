package vn.sohoa.pipeline.preprocess;

import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.util.Optional;

import vn.sohoa.pipeline.ocr.OcrEngine.Orientation;
import vn.sohoa.pipeline.ocr.OcrEngine;

/**
 * Turns sideways and upside-down pages upright, as the engine's orientation detection (Tesseract
 * OSD) says, when it is confident enough; a page it cannot judge is left as it is.
 */
final class OrientationCorrection implements PreprocessStep {

    private final float minConfidence;

    OrientationCorrection(float minConfidence) {
        this.minConfidence = minConfidence;
    }

    @Override
    public String name() {
        return "orientation";
    }

    @Override
    public PageImage apply(PageImage page, OcrEngine engine) {
        Optional<Orientation> orientation = engine.detectOrientation(page.image(), page.dpi());
        if (orientation.isEmpty() || orientation.get().clockwise() == 0 || orientation.get().confidence() < minConfidence) {
            return page;
        }
        int degrees = orientation.get().clockwise();
        return rotate(page, degrees, name());
    }

    /** Turns a page clockwise by a multiple of 90 degrees, exactly (no resampling). */
    static PageImage rotate(PageImage page, int degrees, String step) {
        BufferedImage image = page.image();
        int w = image.getWidth();
        int h = image.getHeight();
        AffineTransform turn;
        int width = w;
        int height = h;
        switch (degrees) {
            case 90:
                turn = new AffineTransform(0, 1, -1, 0, h, 0);
                width = h;
                height = w;
                break;
            case 180:
                turn = new AffineTransform(-1, 0, 0, -1, w, h);
                break;
            case 270:
                turn = new AffineTransform(0, -1, 1, 0, 0, w);
                width = h;
                height = w;
                break;
            default:
                throw new IllegalArgumentException("not a quarter turn: " + degrees);
        }
        BufferedImage turned = Images.resample(image, turn, width, height, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
        return page.transformed(turned, turn, degrees, 0, 1, step);
    }
}
