package vn.sohoa.pipeline.preprocess;

import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;

import vn.sohoa.pipeline.ocr.OcrEngine;

/**
 * Enlarges pages scanned below the target resolution (200-dpi scans are common) to it, bicubic:
 * Tesseract's models are tuned for text of about 300 dpi and lose small diacritics below it.
 */
final class ResolutionNormalization implements PreprocessStep {

    private final int targetDpi;

    ResolutionNormalization(int targetDpi) {
        this.targetDpi = targetDpi;
    }

    @Override
    public String name() {
        return "upscale";
    }

    @Override
    public PageImage apply(PageImage page, OcrEngine engine) {
        // A little below target is not worth a resampling pass.
        if (page.dpi() >= targetDpi * 0.9) {
            return page;
        }
        double factor = (double) targetDpi / page.dpi();
        BufferedImage image = page.image();
        int width = (int) Math.round(image.getWidth() * factor);
        int height = (int) Math.round(image.getHeight() * factor);
        AffineTransform scale = AffineTransform.getScaleInstance((double) width / image.getWidth(), (double) height / image.getHeight());
        BufferedImage larger = Images.resample(image, scale, width, height, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        return page.transformed(larger, scale, 0, 0, factor, name());
    }
}
