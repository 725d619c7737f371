package vn.sohoa.pipeline.preprocess;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import vn.sohoa.pipeline.ocr.OcrEngine;

/**
 * The preprocessing steps in their configured order, run on each page image before OCR.
 * Stateless and thread-safe: the page travels as a {@link PageImage}.
 */
@Component
public class PagePreprocessor {

    private final List<PreprocessStep> steps;

    @Autowired
    public PagePreprocessor(PreprocessProperties properties) {
        this(stepsOf(properties, properties.steps()));
    }

    public PagePreprocessor(List<PreprocessStep> steps) {
        this.steps = List.copyOf(steps);
    }

    /** No preprocessing at all: the page goes to OCR as it came (for the raw baseline). */
    public static PagePreprocessor none() {
        return new PagePreprocessor(List.of());
    }

    /** Only the named steps, in the given order, with the configured parameters (for measuring one step at a time). */
    public static PagePreprocessor of(PreprocessProperties properties, List<String> names) {
        return new PagePreprocessor(stepsOf(properties, names));
    }

    public List<String> stepNames() {
        return steps.stream().map(PreprocessStep::name).toList();
    }

    /** True when the steps include orientation correction (a pass of Tesseract OSD). */
    public boolean correctsOrientation() {
        return steps.stream().anyMatch(step -> step instanceof OrientationCorrection);
    }

    /** The same steps without orientation correction: for a first, cheaper reading of a page. */
    public PagePreprocessor withoutOrientation() {
        return new PagePreprocessor(steps.stream().filter(step -> !(step instanceof OrientationCorrection)).toList());
    }

    public PageImage prepare(BufferedImage image, int dpi, OcrEngine engine) {
        PageImage page = PageImage.original(image, dpi);
        for (PreprocessStep step : steps) {
            page = step.apply(page, engine);
        }
        return page;
    }

    /** @throws IllegalArgumentException naming the known steps, for a mistyped one */
    static List<PreprocessStep> stepsOf(PreprocessProperties properties, List<String> names) {
        Map<String, Supplier<PreprocessStep>> known = Map.of(
                "stamp-suppression", ColourStampSuppression::new,
                "orientation", () -> new OrientationCorrection(properties.orientationMinConfidence()),
                "deskew", () -> new Deskew(properties.deskewMaxAngle(), properties.deskewMinAngle(),
                        properties.deskewBilevelMinAngle()),
                "upscale", () -> new ResolutionNormalization(properties.upscaleTargetDpi()),
                "binarize", () -> new AdaptiveBinarization(properties.binarizeWindow()));
        List<PreprocessStep> steps = new ArrayList<>();
        for (String name : names) {
            Supplier<PreprocessStep> step = known.get(name.strip());
            if (step == null) {
                throw new IllegalArgumentException("Unknown preprocessing step '" + name + "' in sohoa.preprocess.steps; known: "
                        + known.keySet());
            }
            steps.add(step.get());
        }
        return steps;
    }
}
