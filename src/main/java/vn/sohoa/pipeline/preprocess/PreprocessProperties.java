package vn.sohoa.pipeline.preprocess;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The preprocessing in front of OCR. A step is on by default only where it lowered the character
 * error rate on the evaluation set (docs/archival-output-and-ocr.md has the measurements).
 *
 * @param steps                     the steps, in order: {@code stamp-suppression}, {@code orientation},
 *                                  {@code deskew}, {@code upscale}, {@code binarize}
 * @param orientationMinConfidence  Tesseract OSD confidence from which a page is turned
 * @param deskewMaxAngle            largest skew searched, degrees
 * @param deskewMinAngle            smaller skews are left alone, degrees
 * @param deskewBilevelMinAngle     the same for bilevel (one-bit) pages, which resampling harms more
 * @param upscaleTargetDpi          pages below this resolution are enlarged to it
 * @param binarizeWindow            Sauvola window at 300 dpi, pixels
 * @param repairWords               replace characters OCR emits for Vietnamese lookalikes (Ð → Đ); off
 *                                  by measurement: it changed no word of the evaluation set
 * @param orientationCheckBelow     the page is first read without the orientation step, which costs a
 *                                  Tesseract OSD pass (a third of a page's OCR time); only when that
 *                                  reading's mean confidence is below this is orientation detected and
 *                                  a turned page read again. On the evaluation set pages read the right
 *                                  way up scored 94.8–96.5 and turned ones 55–60; 100 checks every page
 * @param readingOrder              put the page text in the document's reading order from the word boxes
 *                                  ({@code ReadingOrder}: header columns, recipients and signer one after
 *                                  the other instead of interleaved); on by measurement on the realistic set
 */
@ConfigurationProperties("sohoa.preprocess")
public record PreprocessProperties(
        @DefaultValue({"stamp-suppression", "orientation", "deskew"}) List<String> steps,
        @DefaultValue("1.5") float orientationMinConfidence,
        @DefaultValue("6") double deskewMaxAngle,
        @DefaultValue("0.2") double deskewMinAngle,
        @DefaultValue("2") double deskewBilevelMinAngle,
        @DefaultValue("300") int upscaleTargetDpi,
        @DefaultValue("41") int binarizeWindow,
        @DefaultValue("false") boolean repairWords,
        @DefaultValue("85") double orientationCheckBelow,
        @DefaultValue("true") boolean readingOrder) {
}
