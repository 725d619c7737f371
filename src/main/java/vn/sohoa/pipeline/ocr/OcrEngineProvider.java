package vn.sohoa.pipeline.ocr;

/**
 * Makes OCR engines of one kind, chosen by name with {@code sohoa.ocr.engine}. Tesseract is one
 * ordinary provider; tests add engines that fail on purpose (as OCRmyPDF's test plugins do) through
 * the same port.
 *
 * <p>Contract: {@link #create} returns a new, initialized engine each time it is called (the
 * {@link OcrEnginePool} calls it once per worker) or throws {@link OcrException} naming what is
 * missing (language data, a library).
 */
public interface OcrEngineProvider {

    /** The value of {@code sohoa.ocr.engine} that picks this provider. */
    String name();

    OcrEngine create(OcrProperties properties);
}
