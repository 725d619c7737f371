package vn.sohoa.pipeline.preprocess;

import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

import vn.sohoa.model.PageProcessing;

/**
 * A page image on its way to OCR, and how it got there: the per-page context every preprocessing
 * step reads and returns. Immutable; a step that changes nothing returns its input.
 *
 * @param image         the current pixels
 * @param dpi           their resolution
 * @param fromOriginal  maps pixels of the page as decoded to pixels of {@link #image()}; OCR word
 *                      boxes go back through its inverse
 * @param rotation      degrees turned clockwise so far
 * @param deskewAngle   skew removed so far, degrees clockwise
 * @param scale         enlargement so far
 * @param steps         names of the steps that changed the page
 */
public record PageImage(BufferedImage image, int dpi, AffineTransform fromOriginal, int rotation, double deskewAngle,
                        double scale, List<String> steps) {

    public PageImage {
        fromOriginal = new AffineTransform(fromOriginal);
        steps = List.copyOf(steps);
    }

    /** The page as decoded, before any step. */
    public static PageImage original(BufferedImage image, int dpi) {
        return new PageImage(image, dpi, new AffineTransform(), 0, 0, 1, List.of());
    }

    /** New pixels of the same geometry (colour, contrast, binarization). */
    public PageImage withPixels(BufferedImage pixels, String step) {
        return new PageImage(pixels, dpi, fromOriginal, rotation, deskewAngle, scale, plus(step));
    }

    /** New pixels after a geometric change: {@code transform} maps the current pixels to the new ones. */
    public PageImage transformed(BufferedImage pixels, AffineTransform transform, int addedRotation, double addedDeskew,
                                 double addedScale, String step) {
        AffineTransform composed = new AffineTransform(transform);
        composed.concatenate(fromOriginal);
        return new PageImage(pixels, (int) Math.round(dpi * addedScale), composed, Math.floorMod(rotation + addedRotation, 360),
                deskewAngle + addedDeskew, scale * addedScale, plus(step));
    }

    public PageProcessing processing() {
        return new PageProcessing(rotation, Math.round(deskewAngle * 100) / 100.0, Math.round(scale * 1000) / 1000.0, steps, 0);
    }

    private List<String> plus(String step) {
        List<String> more = new ArrayList<>(steps);
        more.add(step);
        return more;
    }
}
