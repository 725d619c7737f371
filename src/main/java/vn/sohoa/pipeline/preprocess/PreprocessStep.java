package vn.sohoa.pipeline.preprocess;

import vn.sohoa.pipeline.ocr.OcrEngine;

/**
 * One preprocessing step in front of OCR. Steps are composed in the configured order
 * ({@code sohoa.preprocess.steps}); each is kept only if it lowers the character error rate on
 * the evaluation set (docs/archival-output-and-ocr.md).
 *
 * <p>Contract: returns the page unchanged (the same instance) when the step does not apply, so
 * that record.json names only the steps that did something; never modifies its input's pixels;
 * records a geometric change in the page's transform so word boxes can be mapped back.
 */
public interface PreprocessStep {

    /** The name used in configuration and record.json, e.g. {@code deskew}. */
    String name();

    /** @param engine the worker's OCR engine, for steps that ask it (orientation detection) */
    PageImage apply(PageImage page, OcrEngine engine);
}
