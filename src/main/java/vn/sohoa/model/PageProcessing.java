package vn.sohoa.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What was done to read one page image, kept in {@code record.json} so that a clerk (or a later
 * re-run) can see why a page reads as it does.
 *
 * @param rotation      degrees the page was turned clockwise before OCR (0, 90, 180, 270)
 * @param deskewAngle   measured skew of the text lines after rotation, degrees clockwise with y
 *                      pointing down; the page was turned back by this much
 * @param scale         factor the page was enlarged by before OCR (1 when not)
 * @param steps         the preprocessing steps that changed the page, in order
 * @param repairedWords OCR words the post-OCR cleanup changed
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record PageProcessing(int rotation, double deskewAngle, double scale, List<String> steps, int repairedWords) {

    /** A page OCRed as it came. */
    public static final PageProcessing NONE = new PageProcessing(0, 0, 1, List.of(), 0);

    public PageProcessing {
        steps = steps == null ? List.of() : List.copyOf(steps);
    }

    /**
     * The direction the text lines run in the original page image, degrees clockwise from the x axis
     * (y pointing down): what the searchable PDF needs to lay its invisible words along the lines.
     */
    public double textAngle() {
        return deskewAngle - rotation;
    }

    public PageProcessing withRepairedWords(int count) {
        return new PageProcessing(rotation, deskewAngle, scale, steps, count);
    }
}
