package vn.sohoa.model;



/**
 * What is known of one page of a record.
 *
 * @param textSource {@code ocr} or {@code text-layer}
 * @param confidence mean OCR word confidence 0–100, null for text-layer pages
 * @param dpi        resolution the page was read at, null for text-layer pages
 * @param processing what was done to the page image to read it (rotation, deskew angle, steps),
 *                   null for text-layer pages
 */
public record PageSummary(int number, String textSource, Double confidence, int characters, Integer dpi,
                          PageProcessing processing) {

    public PageSummary(int number, String textSource, Double confidence, int characters, Integer dpi) {
        this(number, textSource, confidence, characters, dpi, null);
    }
}
