package vn.sohoa.timing;

import java.util.Locale;

/**
 * The stages a file goes through, in pipeline order, as timed for reports, metrics and the
 * throughput benchmark. Their names (lower case) are the keys of {@code stageMillis} in batch
 * reports and the {@code stage} tag of the {@code sohoa.stage} timer.
 */
public enum Stage {
    /** Opening the file and decoding page images or reading text layers. */
    DECODE,
    /** Reading QR codes and barcodes on page images (for the fields and for splitting stacks). */
    CODES,
    /** Orientation, deskew, stamp suppression: everything done to a page image before OCR. */
    PREPROCESS,
    /** Tesseract itself. */
    OCR,
    /** Fields from codes, text and manifest; technical metadata (Tika). */
    METADATA,
    /** Composing the searchable PDF: page images, invisible text, PDF/A declaration. */
    PDF,
    /** veraPDF validation of the composed PDF/A. */
    VALIDATE,
    /** PAdES signature. */
    SIGN,
    /** Writing originals, PDF, text and record.json to object storage. */
    UPLOAD,
    /** Adding records to the search index and committing it. */
    INDEX;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
